"""Entity mentions and their canonical entities (per article, then across the corpus).

Mentions come from spaCy's NER, from the bundled gazetteer (countries, capitals,
international organisations, seats of power such as "the Kremlin", news
agencies and platforms; ``data/gazetteer.jsonl``, extensible with a user file)
and from social-media handles. Each mention is normalised and grouped:

- titles and honorifics are stripped from names and kept as roles
  ("Secretary of State Antony Blinken" -> Antony Blinken, role "Secretary of State");
  appositions ("X, the mayor of Z,") give roles too;
- possessives and a leading "the" are dropped ("the Kremlin's" -> Kremlin);
- diacritics are folded for matching ("Vučić" = "Vucic");
- a surname alone joins the one full name that ends with it ("Blinken" ->
  Antony Blinken), also when spaCy typed the bare surname as ORG or GPE;
- a handle joins the person it spells ("@AVucic" -> Aleksandar Vucic);
- aliases, demonyms and acronyms resolve through the gazetteer ("EU",
  "Serbian" -> Serbia), and near-miss spellings of gazetteer names through
  rapidfuzz ("Kovoso" -> Kosovo: an edit distance of 1, or the same letters
  transposed within distance 2, on names of five letters or more).

Entity ids are content hashes of the canonical name, so the same name gives the
same id in every article and every run; :func:`link_corpus` then merges bare
surnames across the corpus and reuses ids already in the store.

Matching is written here rather than with an entity-linking library because
the offline linkers that exist need large knowledge-base downloads; the rules
are small, documented, and measured in ``eval/entities``.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Span

from narrascope.errors import NarrascopeError
from narrascope.model import Entity, Mention, content_id
from narrascope.actors import _dateline_word  # actors imports no extractor module at load time
from narrascope.nlp import _verb_lemma, doc_text, entity_span_at, headline_end

NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}
# Words that make a run of capitalised words before a name into a title/role.
# titles of parliaments and movements written before a name ("Independent TD Niamh Cullen", "Comrade X")
PEOPLE_ONLY_TITLES = "td mep msp mla comrade compañero compañera camarada".split()
TITLE_WORDS = frozenset("""
president prime minister secretary spokesman spokeswoman spokesperson ambassador envoy
chancellor king queen prince princess senator sen. representative rep. governor mayor
general gen. colonel col. commander chief head director chairman chairwoman chair leader
speaker deputy vice judge prosecutor attorney lawmaker mp official adviser advisor
professor prof. pope patriarch archbishop bishop ceo founder editor correspondent
commissioner diplomat officer sheriff captain lieutenant sergeant admiral marshal premier
emir sultan sheikh lord baroness dame candidate activist analyst economist counsel
president-elect vice-president undersecretary under-secretary consul delegate negotiator
coach manager owner inspector superintendent councillor councilor alderman justice
councilwoman councilman congresswoman congressman assemblywoman assemblyman cllr
magistrate coroner ombudsman prof highness excellency majesty holiness det sgt insp supt det. sgt. insp. supt. cpl lt lt. capt capt. detective constable
sp asp dsp ssp acp dcp igp
""".split()) | frozenset(PEOPLE_ONLY_TITLES)
# titles only people bear: a name after one is a person's whatever the recogniser typed it
PERSONAL_TITLES = frozenset(PEOPLE_ONLY_TITLES) | frozenset("""mp senator congresswoman congressman councillor
councilor cllr mr mr. mrs mrs. ms ms. dr dr. sir""".split())
# a person named by origin or party ("the Scot", "the Idaho Republican")
ORIGIN_PERSON_WORDS = {"scot", "brit", "kiwi", "aussie", "republican", "democrat", "conservative", "tory",
                       "socialist", "liberal", "gaullist", "independent"}
# nationality nouns that are not their demonym adjective ("the Spaniard" is Spanish)
NATIONALITY_NOUNS = {"spaniard": "Spain", "briton": "United Kingdom", "brit": "United Kingdom",
                     "dutchman": "Netherlands", "dutchwoman": "Netherlands", "frenchman": "France",
                     "frenchwoman": "France", "englishman": "United Kingdom", "englishwoman": "United Kingdom",
                     "scot": "United Kingdom", "welshman": "United Kingdom", "irishman": "Ireland",
                     "irishwoman": "Ireland", "swede": "Sweden", "dane": "Denmark", "finn": "Finland",
                     "pole": "Poland", "turk": "Turkey", "kiwi": "New Zealand", "aussie": "Australia",
                     "argentine": "Argentina", "filipino": "Philippines", "filipina": "Philippines"}
HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f",
              "ms.": "f", "miss": "f", "madam": "f", "dr": None, "dr.": None,
              # Fijian and Malaysian titles of rank ("Ratu Josefa Vakaloloma", "Datuk Seri Anwar")
              "ratu": "m", "datuk": None, "datin": "f", "tun": None}
FEMALE_ROLE_WORDS = frozenset("spokeswoman chairwoman congresswoman businesswoman queen princess "
                              "duchess baroness dame actress policewoman councilwoman".split())
MALE_ROLE_WORDS = frozenset("spokesman chairman congressman businessman king prince duke "
                            "policeman councilman".split())
ROLE_LINKS = {"of", "to", "for", "at", "'s", "’s", "and", "the"}
# Acronyms too ambiguous to find by pattern alone (still resolved when NER tags them).
NO_PATTERN = {"X", "IS", "WHO", "AP", "EC", "EP", "AU", "DW", "RIA", "Meta", "Amnesty", "Wagner",
              "America", "Holland", "West", "Emirates", "Security Council", "Number 10",
              # names that are also first names or common words: left to NER
              "Chad", "Victoria", "Male", "Jordan", "Georgia", "Guinea", "Niger", "Kingston",
              "Georgetown", "Santiago", "Congo", "Turkey", "CAR", "Lao", "Juba"}
# honours and professional letters written after a name
POSTNOMINALS = frozenset("KC QC SC MP MSP MEP MLA TD MBE OBE CBE KBE DBE PhD MD Esq FRS".split())
_NAME_WORD = r"[A-Z][a-z\u00C0-\u024F'’]+"
_DATE_LIKE = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
                        r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{4})?")
_PATRONYMIC = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:bin|bint|ibn|binti)\s+{_NAME_WORD})+"
                         rf"(?:\s+(?:Al|al|El|el)[\s-]{_NAME_WORD})?")
# a given name, a quoted nickname of at most three words, a family name (one or two words)
try:
    from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS
except ImportError:  # pragma: no cover
    _STOP_WORDS = frozenset()
_NICKNAMED = re.compile(rf"\b((?:{_NAME_WORD} )?{_NAME_WORD}) [“\"‘']({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})[”\"’']"
                        rf" ({_NAME_WORD}(?:[ -]{_NAME_WORD})?)\b")
_BODY_HEADS = ("Union|Association|Federation|Council|Alliance|Society|Institute|Foundation|Coalition|League|"
               "Movement|Confederation|Congress|Party|Front|Commission|Committee|Authority|Agency|Board|Trust|"
               "Network|Forum|Caucus|Syndicate|Guild|Chamber")
_WHEN_WORDS = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
               "July|August|September|October|November|December)")
_CAP_WORD = r"[A-Z][\w’']*(?:-[A-Z][\w’']*)*"   # ("Conservative-run" is a description, no name word)
_BODY_NAME = re.compile(rf"(?<![\w’'])[Tt]he ((?:{_CAP_WORD} ){{0,4}}(?:{_BODY_HEADS})"
                        rf"(?: (?:of|for|on) (?:the )?(?!{_WHEN_WORDS}\b){_CAP_WORD}(?: (?:and )?{_CAP_WORD}){{0,3}})?)(?![\w-])")
_ACRONYM_GLUE = {"of", "for", "and", "the", "de", "des", "du", "la", "del", "di", "on", "&"}
_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|de|des|du|la|del|di|on|&)\s+)*){2,8})\(([A-Z]{2,8})\)")
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]{1,30})")
# a one-word name with an age after it, set off by commas ("Yusuf, 24, arrived ..."): a person
_AGED_NAME = re.compile(rf"(?<![\w’'.-])({_NAME_WORD}), (?:aged )?\d{{1,2}},")
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+")


class GazetteerError(NarrascopeError):
    """A gazetteer / alias file that cannot be read."""


# letters NFKD does not decompose into base + accent
_FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th"})


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Matching key: diacritics folded, lower case, one space, no leading "the",
    no possessive, typographic apostrophes made straight."""
    t = unicodedata.normalize("NFKD", text.translate(_FOLD).replace("’", "'").replace("‘", "'"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = " ".join(t.lower().split())
    t = re.sub(r"^the ", "", t)
    t = re.sub(r"(?:'s|')$", "", t)
    if re.fullmatch(r"(?:[a-z]\.){2,}[a-z]?\.?", t):      # "f.b.i." = "fbi", "u.s." = "us"
        t = t.replace(".", "")
    return t.strip(" .,;:-")


def entity_id(name: str) -> str:
    """The id every article and run gives to the entity called ``name``."""
    return content_id("ent", norm(name))


# --------------------------------------------------------------------------- gazetteer


@dataclass
class Gazetteer:
    """Known entities: canonical record per name, lookup by any alias or demonym."""

    entries: dict[str, dict] = field(default_factory=dict)       # norm(name) -> record
    keys: dict[str, str] = field(default_factory=dict)           # norm(alias) -> norm(name)
    demonyms: dict[str, str] = field(default_factory=dict)       # norm(demonym) -> norm(name)
    surface: dict[str, str] = field(default_factory=dict)        # exact alias as written -> norm(name)
    # acronyms known only in capitals ("EMA" is no "Ema", "ILO" no port of Ilo)
    caps_only: set[str] = field(default_factory=set)
    central_banks: dict[str, str] = field(default_factory=dict)   # norm(state) -> norm(bank)
    _pattern: re.Pattern | None = None

    def add(self, rec: dict) -> None:
        name = rec["name"]
        k = norm(name)
        if k in self.entries:       # a user record extends a shipped one
            old = self.entries[k]
            old["aliases"] = list(dict.fromkeys([*old.get("aliases", []), *rec.get("aliases", [])]))
            for key, val in rec.items():
                if key not in ("name", "aliases") and val:
                    old[key] = val
        else:
            self.entries[k] = {"type": "ORG", "aliases": [], **rec}
        for alias in [name, *rec.get("aliases", [])]:
            self.keys.setdefault(norm(alias), k)
            self.surface[alias] = k
            if rec.get("caps_only") and alias.isupper():
                self.caps_only.add(norm(alias))
        for d in rec.get("demonyms", []):
            self.demonyms.setdefault(norm(d), k)
        if rec.get("central_bank_of"):
            self.central_banks[norm(rec["central_bank_of"])] = k
        self._pattern = None

    def central_bank(self, state: str) -> dict | None:
        """The record of a state's central bank ("Thailand" -> Bank of Thailand), if known."""
        k = self.central_banks.get(norm(state))
        return self.entries.get(k) if k else None

    def lookup(self, text: str, *, demonym: bool = False) -> dict | None:
        n = norm(text)
        k = self.keys.get(n) if not (n in self.caps_only and not text.strip().isupper()) else None
        if k is None and demonym:
            k = self.demonyms.get(n)
        return self.entries.get(k) if k else None

    def fuzzy(self, text: str, *, anagram_only: bool = False) -> dict | None:
        """A near-miss spelling of a known name ("Kovoso" -> Kosovo), else None.
        ``anagram_only``: only letters swapped (for words spaCy took for a person:
        "Mwale" or "Marta" are names, not Male or Malta)."""
        q = norm(text)
        if len(q) < 5 or not q.replace(" ", "").isalpha():
            return None
        best, best_d = None, 99
        for key, name in self.keys.items():
            if abs(len(key) - len(q)) > 1 or key[0] != q[0]:
                continue
            d = OSA.distance(q, key)
            anagram = sorted(key) == sorted(q)
            # letters swapped, or (long names only) one letter off: "Marta", "Mwale"
            # are people, not Malta or Male
            if ((d <= 1 and len(q) >= 7 and not anagram_only) or (anagram and d <= 2)) and d < best_d:
                best, best_d = name, d
        return self.entries.get(best) if best else None

    def pattern(self) -> re.Pattern:
        """One regex over every alias worth finding in raw text (case-sensitive)."""
        if self._pattern is None:
            forms = set()
            for alias in self.surface:
                if alias in NO_PATTERN or len(alias) < 2:
                    continue
                forms.add(alias)
                if alias.startswith("the "):
                    forms.add("T" + alias[1:])
                elif any(w.islower() for w in alias.split()[1:]) and not alias[:1].islower():
                    # a description ("UN refugee agency") comes with its article, which must
                    # not lose it to a shorter alias starting there ("The UN")
                    forms.update(("the " + alias, "The " + alias))
            alts = sorted(forms, key=len, reverse=True)
            self._pattern = re.compile(r"(?<![\w@])(?:" + "|".join(map(re.escape, alts)) + r")(?![\w])")
        return self._pattern


def _read_jsonl(path: Path) -> Iterable[dict]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("name"), str):
            raise GazetteerError(f'{path}:{n}: each line needs a "name" string')
        yield rec


@lru_cache(maxsize=8)
def load_gazetteer(extra_path: str | Path | None = None) -> Gazetteer:
    """The shipped gazetteer, extended by a user JSONL file of the same form:
    ``{"name": "...", "type": "ORG", "aliases": ["..."], "stands_for": "..."}``
    (a record whose name is already known adds its aliases to that entry)."""
    gaz = Gazetteer()
    shipped = resources.files("narrascope").joinpath("data/gazetteer.jsonl")
    for rec in _read_jsonl(Path(str(shipped))):
        gaz.add(rec)
    if extra_path:
        p = Path(extra_path)
        if not p.is_file():
            raise GazetteerError(f"{p}: alias file not found")
        for rec in _read_jsonl(p):
            gaz.add(rec)
    return gaz


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    text = resources.files("narrascope").joinpath("data/first_names.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, g = line.split("\t")
            out[norm(name)] = g
    return out


@lru_cache(maxsize=1)
def _name_genders() -> dict[str, str]:
    """About 20,000 first names that are nearly always one gender (generated from
    nomquamgender by tools/gen_name_genders.py): a pronoun hint only, never used
    to decide that a string is a person's name (that is ``_first_names``)."""
    text = resources.files("narrascope").joinpath("data/name_genders.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def _known_first_name(word: str) -> bool:
    """A first name of either list (the hand list, or the gender hints where the
    context already says a name follows)."""
    w = norm(word)
    return w in _first_names() or w in _name_genders()


# --------------------------------------------------------------------------- index


@dataclass
class EntityIndex:
    """The entities and mentions of one article. Offsets index ``text`` (= doc.text)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)   # sorted by start
    text: str = ""
    genders: dict[str, str] = field(default_factory=dict)
    gazetteer: Gazetteer | None = None
    _starts: list[int] | None = field(default=None, repr=False)
    _longest: int = field(default=0, repr=False)

    # -- lookup
    def _near(self, start: int, end: int) -> list[Mention]:
        """Mentions that may overlap [start, end): found by bisection on the sorted
        starts (this is called per token by the extractors; a scan of every
        mention made them quadratic in the article's length)."""
        if self._starts is None or len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
            self._longest = max((m.end - m.start for m in self.mentions), default=0)
        hi = bisect.bisect_left(self._starts, end)
        lo = bisect.bisect_left(self._starts, start - self._longest)
        return self.mentions[lo:hi]

    def entity_at(self, start: int, end: int) -> str | None:
        """Entity id of the mention that best overlaps [start, end), the tightest one on
        a tie ("India" inside a later stage's "NEW DELHI - India's regulator"), or None."""
        best, best_key = None, (0, 0)
        for m in self._near(start, end):
            ov = min(end, m.end) - max(start, m.start)
            key = (ov, -(m.end - m.start))
            if ov > 0 and key > best_key:
                best, best_key = m.entity, key
        return best

    def mentions_of(self, entity_id: str) -> list[Mention]:
        return [m for m in self.mentions if m.entity == entity_id]

    def mentions_before(self, offset: int) -> list[Mention]:
        return [m for m in self.mentions if m.end <= offset]

    def gender(self, entity_id: str) -> str | None:
        """"m", "f" or None (unknown never means "neither")."""
        if entity_id in self.genders:
            return self.genders[entity_id]
        ent = self.entities.get(entity_id)
        if ent is None or ent.type != "PERSON":
            return None
        for role in ent.roles:      # "spokeswoman", "chairman", "Queen"
            words = set(role.lower().replace("-", " ").split())
            if words & FEMALE_ROLE_WORDS:
                return "f"
            if words & MALE_ROLE_WORDS:
                return "m"
        if len(ent.name.split()) < 2:
            return None
        first = norm(ent.name.split()[0])
        return _first_names().get(first) or _name_genders().get(first)

    def by_role(self, noun: str) -> list[str]:
        """Ids of entities whose roles contain ``noun`` as a word, in order of first mention."""
        w = noun.lower().strip()
        hits = [eid for eid, e in self.entities.items()
                if any(w in r.lower().replace("-", " ").split() or w == r.lower() for r in e.roles)]
        first = {}
        for m in self.mentions:
            first.setdefault(m.entity, m.start)
        return sorted(hits, key=lambda e: first.get(e, 10**9))

    def company_of_short_name(self, name: str) -> str | None:
        """"NorthSky" after "NorthSky Airlines", "Volkswagen" after "Volkswagen AG": the one
        company whose name is ``name`` plus a corporate word; never when the first word is also
        a person's surname in the text ("Morozov Holdings" ... "Ilya Morozov")."""
        k = norm(name)
        short = [eid for eid, e in self.entities.items() if e.type == "ORG" and norm(e.name).startswith(k + " ")
                 and norm(e.name)[len(k) + 1:] in CORPORATE_SUFFIXES]
        if len(short) != 1 or not k[:1].isalpha():
            return None
        first = self.entities[short[0]].name.split()[0]
        if re.search(rf"\b[A-Z][a-z]+\s+{re.escape(first)}\b(?!\s+[A-Z])", self.text or ""):
            return None
        return short[0]

    def find(self, name: str, type: str | None = None) -> str | None:
        """Id of a known entity called ``name`` (name, alias, or a person's surname)."""
        k = norm(name)
        for eid, e in self.entities.items():
            if norm(e.name) == k or any(norm(a) == k for a in e.aliases):
                return eid
        if type in (None, "ORG"):
            longer = [eid for eid, e in self.entities.items()
                      if e.type == "ORG" and norm(e.name).endswith(" " + k)]
            if len(longer) == 1:        # "the Foreign Ministry" after "Ostrelian Foreign Ministry"
                return longer[0]
            short = self.company_of_short_name(name)
            if short is not None:
                return short
        if type in (None, "PERSON") and " " not in k:
            people = [eid for eid, e in self.entities.items()
                      if e.type == "PERSON" and len(e.name.split()) > 1 and norm(e.name.split()[-1]) == k]
            if len(people) == 1:
                return people[0]
        return None

    # -- updates
    def add_entity(self, name: str, type: str, *, aliases: tuple[str, ...] = (),
                   mention: tuple[int, int] | None = None, stands_for: str | None = None) -> str:
        """Register (or find) an entity such as a group ("protesters") found by a
        later stage; optionally add a mention at ``mention`` offsets. Returns its id.
        A name or mention running over a line break keeps only its last line (the
        part next to the verb; a headline above is not part of it)."""
        if "\n" in name:
            name = name.rsplit("\n", 1)[1]
        if mention is not None and "\n" in self.text[mention[0]:mention[1]]:
            mention = (self.text.rindex("\n", mention[0], mention[1]) + 1, mention[1])
        # "NEW DELHI - India's competition regulator": a wire dateline glued on by a later stage
        dl = re.match(r"[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}\s+[-–—]+\s+(?=\S)", name)
        if dl is not None:
            name = name[dl.end():]
            if mention is not None and self.text[mention[0]:mention[1]].startswith(dl.group(0)):
                mention = (mention[0] + len(dl.group(0)), mention[1])
        name = re.sub(r"^(?:the|The)\s+(?=\S)", "", " ".join(name.split()))
        if not name:
            name = "?"
        eid = self.find(name, type)
        # a lower-case common noun ("the commission", "the union") is not the proper
        # name the gazetteer knows ("the Commission" = European Commission)
        if eid is None and self.gazetteer is not None and (name != name.lower() or name == "dpa"):
            rec = self.gazetteer.lookup(name)
            if rec is not None:
                return self._ensure_gaz(rec, name, mention)
        if eid is None:
            eid = entity_id(name)
            self.entities[eid] = Entity(id=eid, name=name, type=type, stands_for=stands_for)
        ent = self.entities[eid]
        for a in aliases:
            if a != ent.name and a not in ent.aliases:
                ent.aliases.append(a)
        if mention is not None:
            self._add_mention(eid, *mention)
        return eid

    def add_role(self, entity_id: str, role: str) -> None:
        ent = self.entities.get(entity_id)
        role = " ".join(role.split()).strip(" ,.")
        if ent is not None and role and role.lower() not in (r.lower() for r in ent.roles):
            ent.roles.append(role)

    def _add_mention(self, eid: str, start: int, end: int) -> None:
        # a mention never starts or ends with white space (" Information Commissioner's Office")
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        if any(m.start == start and m.end == end for m in self._near(start, end)):
            return
        m = Mention(entity=eid, start=start, end=end, text=self.text[start:end])
        i = bisect.bisect_right([x.start for x in self.mentions], start)
        self.mentions.insert(i, m)
        self._starts = None
        ent = self.entities[eid]
        surface = m.text
        if surface and surface != ent.name and surface not in ent.aliases:
            ent.aliases.append(surface)
        if surface in ent.known_names:
            ent.known_names.remove(surface)   # written now: an alias, no longer only known

    def _ensure_gaz(self, rec: dict, surface: str, mention: tuple[int, int] | None) -> str:
        eid = entity_id(rec["name"])
        if eid not in self.entities:
            stands = None
            if rec.get("stands_for"):
                target = self.gazetteer.lookup(rec["stands_for"]) if self.gazetteer else None
                stands = self._ensure_gaz(target, rec["stands_for"], None) if target else None
            # a known body carries its other known names ("US State Department", "Houthis"),
            # so that any of them names it (aliases keep what the text wrote)
            known = [a for a in rec.get("aliases", []) if a != rec["name"] and not a.lower().startswith("the ")
                     and a[:1].isupper()] if rec.get("type") in ("ORG", "GPE") else []
            self.entities[eid] = Entity(id=eid, name=rec["name"], type=rec.get("type", "ORG"), stands_for=stands,
                                        known_names=known)
        if mention is not None:
            self._add_mention(eid, *mention)
        return eid

    def capital_of(self, entity_id: str) -> str | None:
        """For a capital city (or a seat such as Brussels), the id of the state or
        body it can stand for when used as an actor; else None."""
        ent = self.entities.get(entity_id)
        if ent is None or self.gazetteer is None:
            return None
        rec = self.gazetteer.lookup(ent.name)
        target = rec and (rec.get("seat_of") or rec.get("capital_of"))
        if not target:
            return None
        return self._ensure_gaz(self.gazetteer.lookup(target), target, None)


# --------------------------------------------------------------------------- finding


@dataclass
class _Cand:
    start: int
    end: int
    label: str
    source: str          # "ner", "gaz", "handle", "nickname"
    span: Span | None = None
    alias: str | None = None   # a fuller written form ("Free Screens coalition")


def _trim(doc: Doc, s: int, e: int, person: bool = True) -> tuple[int, int, list[str]]:
    """Drop a leading "the", leading titles/honorifics (returned; only from a
    person's name, so "General Inspectorate" keeps its word) and a trailing possessive."""
    text = doc_text(doc)
    titles: list[str] = []
    while True:
        m = re.match(r"[-–—:;,]+\s*", text[s:e])   # "- The Economic Community ..." after a dateline
        if m and e - s - m.end() > 1:
            s += m.end()
            continue
        m = re.match(r"(?:the|The|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|['’]s)\s+", text[s:e])
        if m and e - s - m.end() > 1:
            s += m.end()
            continue
        m = re.match(r"([\w.\-]+)\s+", text[s:e])
        if person and m and m.group(1).lower() in TITLE_WORDS | set(HONORIFICS) and e - s - m.end() > 1 \
                and text[s + m.end()].isupper():
            titles.append(m.group(1))
            s += m.end()
            continue
        break
    inner = text[s:e]
    pm = re.search(r"['’]s\s+(?=[A-Z])", inner) if person else None
    if pm and pm.start() > 0 and e - (s + pm.end()) > 2:     # "Breitbart's Joel Pollak"
        s += pm.end()
        inner = text[s:e]
    if "\n" in inner:              # a span never runs over a line break (headline + first line)
        e = s + inner.index("\n")
        inner = text[s:e]
    cut = re.search(r"\s+\((?![^()]*\))|\s+[-–—]\s+", inner)   # "Name (ACR" / "VILNIUS - Lithuania"
    if cut and cut.start() > 1:
        e = s + cut.start()
    # "GMB of ‘" (the recogniser ran into an opening quote mark): a name ends before it
    m = re.search(r"(?:\s+(?:of|for|and|the|to|in|on))*\s*[‘“\"«„'(]+$", text[s:e])
    if m and m.start() > 1:
        e = s + m.start()
    m = re.search(r"(?:['’]s|['’])$", text[s:e])
    if m and e - s - len(m.group(0)) > 1:
        e -= len(m.group(0))
    # "Catherine Holt KC", "Dame Ann Roe DBE": letters after a name are not part of it
    while person and (m := re.search(r",?\s+([A-Z][A-Za-z]{1,3})\.?$", text[s:e])) and m.group(1) in POSTNOMINALS \
            and len(text[s:e - len(m.group(0))].split()) >= 2:
        e -= len(m.group(0))
    while e > s and text[e - 1] in " .,;:-" and not text[s:e].endswith((".S.", ".K.", ".N.", ".A.")) \
            and not re.search(r"\b(?:Inc|Ltd|Corp|Co|Bros|Jr|Sr)\.$", text[s:e]):  # "Lumora Inc." keeps its stop
        if text[e - 1] == "." and re.search(r"\b[A-Z]\.$", text[s:e]):
            break
        e -= 1
    return s, e, titles


# lower-camel-case words that name products or things, not companies
CAMEL_PRODUCTS = frozenset("iphone ipad ipod imac ios macos ebook ebooks email emails ecommerce evisa "
                           "etoll ipo ipos".split())
# post-nominal letters that also end the names of clubs or firms ("Al Ahly SC", "Lumora MD")
AMBIGUOUS_POSTNOMINALS = frozenset({"SC", "MD"})
COUNSEL_CONTEXT = re.compile(r"\b(?:court|judge|counsel|tribunal|inquiry|hearing|acting for|appearing for|"
                             r"prosecution|defence|defense|barrister|advocate)\b", re.I)


def _postnominal_cut(doc: Doc, s: int, e: int) -> int | None:
    """Length of a person's name the recogniser typed a body because of the letters after it
    ("Thandeka Radebe SC", "Priya Nair KC"): two or three capitalised words without a word of
    a body; "SC" and "MD" only in a sentence about a court (Senior Counsel)."""
    text = doc_text(doc)
    m = re.fullmatch(r"(.+?),?\s+([A-Z][A-Za-z]{1,3})\.?", text[s:e])
    if not m or m.group(2) not in POSTNOMINALS or not _looks_like_person(m.group(1), titled=True) \
            or len(m.group(1).split()) > 3:
        return None
    if m.group(2) in AMBIGUOUS_POSTNOMINALS:
        tok = _token_from(doc, s)
        if tok is None or not COUNSEL_CONTEXT.search(tok.sent.text) \
                or any(t.tag_ == "NNPS" for t in doc[tok.i:tok.i + len(m.group(1).split())]):
            return None   # ("Young Africans SC appealed to the tribunal": a club)
    return m.end(1)


SEATED_ORG_WORDS = frozenset({"museum", "gallery", "tribunal", "court"})
# bodies named by where they sit ("the Russian embassy in Sofia", "the EU delegation in Kampala")
PLACED_BODY_WORDS = frozenset({"embassy", "consulate", "delegation", "mission", "office", "chamber", "branch",
                               "chapter", "bureau", "representation"})
REGION_NAMES = frozenset("""europe asia africa america americas oceania caribbean pacific atlantic arctic
antarctica scandinavia balkans caucasus sahel maghreb levant gulf east west north south central""".split())


def _seat_phrase(surface: str, gaz: Gazetteer) -> int | None:
    """Length of an organisation's name the recogniser ran on into "in <City>" ("Court of
    Arbitration for Sport in Lausanne", "Royal Museum for Central Africa in Tervuren"): a name of
    two or more words with a court, tribunal, museum or gallery in it; the place is one
    capitalised word naming no body, no country or capital the gazetteer knows and no region
    ("Committee for Press Freedom in Africa", "Committee on Standards in Public Life" keep
    theirs), and the body is none named by its seat ("the Russian embassy in Sofia")."""
    m = re.fullmatch(r"(.+?)\s+in\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)", surface)
    if not m or gaz.lookup(surface) is not None:
        return None
    words = [w.lower() for w in m.group(1).split()]
    place = [w.lower() for w in m.group(2).split()]
    if len(words) < 2 or not set(words) & SEATED_ORG_WORDS or set(words) & PLACED_BODY_WORDS or len(place) != 1 \
            or set(place) & (ORG_WORDS | REGION_NAMES) or gaz.lookup(m.group(2), demonym=True) is not None:
        return None
    return m.end(1)


def _token_from(doc: Doc, offset: int):
    """The first token starting at or after ``offset`` (bisection over cached starts)."""
    starts = doc.user_data.get("narrascope_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["narrascope_token_starts"] = [t.idx for t in doc]
    i = bisect.bisect_left(starts, offset)
    return doc[i] if i < len(doc) else None


def _title_role(doc: Doc, start: int) -> tuple[str | None, str | None]:
    """A title written right before a person mention: ("Foreign Ministry spokeswoman", None)
    or an honorific's gender (None, "f"). Computed once per offset and Doc (several
    steps of find_entities ask for the same name's title)."""
    cache = doc.user_data.setdefault("narrascope_title_roles", {})
    if start not in cache:
        cache[start] = _find_title_role(doc, start)
    return cache[start]


def _find_title_role(doc: Doc, start: int) -> tuple[str | None, str | None]:
    tok = _token_from(doc, start)
    if tok is None or tok.i == 0:
        return None, None
    i = tok.i - 1
    words: list = []
    while i >= 0:
        t = doc[i]
        if (t.ent_type_ == "PERSON" and t.lower_ not in TITLE_WORDS and t.lower_ not in HONORIFICS) or (t.is_sent_start and not (t.is_title or t.is_upper or t.lower_ in TITLE_WORDS)):
            break     # a role never runs across another name ("Prime Minister A and Foreign Minister B")
        if t.lower_ in TITLE_WORDS or (t.is_title and t.pos_ in ("PROPN", "ADJ", "NOUN")) \
                or (t.is_upper and len(t) > 1 and t.is_alpha) or t.text in ("U.S.", "U.N.", "E.U.", "U.K.") \
                or (t.lower_ in ROLE_LINKS and words) \
                or (t.text in ("-", "–") and words and i > 0 and not doc[i - 1].whitespace_ and not t.whitespace_):
            words.insert(0, t)
            if t.is_sent_start:
                break
            i -= 1
            continue
        break
    honorific_gender = None
    while words and words[-1].lower_ in HONORIFICS:       # "Director-General Dr Amara Nwosu"
        honorific_gender = honorific_gender or HONORIFICS[words[-1].lower_]
        words.pop()
    while words and (words[0].lower_ in ROLE_LINKS or words[0].text in ("-", "–")):
        words.pop(0)
    while words and words[-1].lower_ in ROLE_LINKS:
        words.pop()
    if not words:
        return None, honorific_gender
    if not any(w.lower_ in TITLE_WORDS for w in words):
        return None, honorific_gender
    # a possessive inside the run ("Russia's Ambassador") starts the role after it
    for j in range(len(words) - 1, -1, -1):
        if words[j].text in ("'s", "’s"):
            words = words[j + 1:]
            break
    if not words or not any(w.lower_ in TITLE_WORDS for w in words):
        return None, honorific_gender
    return doc_text(doc)[words[0].idx:words[-1].idx + len(words[-1].text)], honorific_gender


NOT_ROLES = frozenset("time times year years day days week weeks month months hour hours minute "
                      "minutes percent people others".split())


def _appos_role(doc: Doc, span: Span) -> str | None:
    """"X, the mayor of Z," -> "mayor of Z" (a common-noun apposition of the name,
    opened by a determiner, a possessive or an adjective; not "several times")."""
    head = span.root
    siblings = [c for c in head.head.children if c.i == span.end + 1] if head.dep_ == "appos" else []
    for c in [*head.children, *siblings]:
        # "Sheikh X, Emir of the State of Qadira," / "Y, President of the Republic of Z,":
        # a capitalised title is a role too, whatever the recogniser tagged it
        titled = c.pos_ == "PROPN" and c.lower_ in TITLE_WORDS and c.i == span.end + 1
        if c.dep_ == "appos" and (c.pos_ == "NOUN" or titled) and c.i >= span.end:
            sub = list(c.subtree)
            if len(sub) > 12 or c.lemma_.lower() in NOT_ROLES or c.lower_ in NOT_ROLES or c.ent_type_ and not titled:
                return None
            if sub[0].lower_ not in ("the", "a", "an") and sub[0].dep_ not in ("poss", "amod", "compound") \
                    and sub[0].i != c.i:
                return None
            words = [t for t in sub if not (t.i == sub[0].i and t.dep_ == "det")]
            words = [t for t in words if t.text not in (",",)]
            if words:
                return doc_text(doc)[words[0].idx:words[-1].idx + len(words[-1].text)]
    # "Their manager, Gary Lund, said": the name is the apposition of a title noun before it
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < span.start \
            and head.head.lower_ in TITLE_WORDS and not head.head.ent_type_:
        noun = head.head
        words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss", "case") and not t.is_punct]
        return doc_text(doc)[words[0].idx:noun.idx + len(noun.text)]
    return None


def _handle_parts(handle: str) -> list[str]:
    return _CAMEL.findall(handle)


def find_entities(doc: Doc, *, gazetteer: Gazetteer | None = None) -> EntityIndex:
    """Mentions and per-article canonical entities of one parsed article."""
    gaz = gazetteer or load_gazetteer()
    text = doc_text(doc)
    index = EntityIndex(text=text, gazetteer=gaz)

    cands: list[_Cand] = []
    merged: set[int] = set()
    # Arabic names with bin/bint/ibn and an "Al" family name ("Huda bint Salem Al Mansouri"):
    # the small recogniser cuts them at the particles; the whole run is one person
    patronymic = []
    for m in _PATRONYMIC.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) >= 3:
            patronymic.append(span)
            cands.append(_Cand(span.start_char, span.end_char, "PERSON", "ner", span))
    for ent in doc.ents:
        if any(ent.start < p.end and p.start < ent.end for p in patronymic):
            continue
        label = ent.label_
        words = ent.text.split()
        if words and label in NER_LABELS | {"WORK_OF_ART", "PRODUCT", "LAW"} and len(words) > 1 and (
                words[-1].lower() in ORG_WORDS or words[-1] in CLUB_WORDS
                or words[-1].lower().rstrip(".") in CORPORATE_SUFFIXES and len(words[-1]) > 3
                and words[-2].lower() != "of"):   # ("Port of Mobile" is a place's port)
            label = "ORG"      # "Dunmore Rovers", "… Supporters' Trust": organisations whatever spaCy said
        # "The Chinese Mission to the" + "EU": a name the recogniser cut before its last
        # name (a name never ends on "to the"); the whole is the organisation
        if len(ent) >= 3 and ent[-1].lower_ in ("the", "to", "of", "for", "on") and ent.end < len(doc) \
                and label in NER_LABELS | {"WORK_OF_ART", "PRODUCT", "LAW"} \
                and doc[ent.end].ent_iob_ == "B" and doc[ent.end].ent_type_ in ("ORG", "GPE", "LOC", "NORP"):
            rest = entity_span_at(doc, ent.end)
            if rest is not None and rest.start == ent.end:
                ent, label = doc[ent.start:rest.end], "ORG"
                merged.add(rest.start)
        # "the Internet and" + "Mobile Association of India": a body's name opened by words
        # joined with "and" that the recogniser left out (after "the", capitalised, untagged)
        if label == "ORG" and ent.start >= 3 and doc[ent.start - 1].lower_ in ("and", "&") \
                and any(t.lower_ in ORG_WORDS for t in ent):
            k = ent.start - 2
            # (the words may be untagged, or a one-word "organisation" of their own: "Software")
            loose = doc[k].ent_iob_ == "O" or doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "ORG" \
                and doc[k + 1].ent_iob_ != "I"
            while loose and k > ent.start - 4 and doc[k].text[:1].isupper() and doc[k].ent_iob_ == "O" \
                    and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k - 1].lower_ != "the":
                k -= 1
            if loose and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") \
                    and k > 0 and doc[k - 1].lower_ == "the":
                ent = doc[k:ent.end]
                words = ent.text.split()
                cands = [c for c in cands if not (ent.start_char <= c.start and c.end <= ent.end_char)]
        # "the Garment Workers'" + "Solidarity Federation": a name with a plural possessive
        # inside ("Teachers' Union", "Journalists' Syndicate") that the recogniser cut at the
        # apostrophe; the whole is the organisation when the rest ends on an organisation word
        if len(ent) >= 2 and ent[-1].text in ("'", "’") and ent[-2].lower_.endswith("s") \
                and ent.end < len(doc) and doc[ent.end].ent_iob_ == "B" \
                and doc[ent.end].ent_type_ in ("ORG", "PERSON", "NORP", "FAC"):
            rest = entity_span_at(doc, ent.end)
            if rest is not None and rest.start == ent.end and rest[-1].lower_ in ORG_WORDS:
                ent, label = doc[ent.start:rest.end], "ORG"
                words = ent.text.split()
                merged.add(rest.start)
        if ent.start in merged and label != "PERSON":
            continue
        if label == "PERSON" and len(ent) == 2 and ent.end + 1 < len(doc) and ent[-1].whitespace_ == " ":
            nxt = doc[ent.end]
            if nxt.pos_ == "PROPN" and nxt.ent_iob_ == "O" and nxt.text[:1].isupper() and not nxt.is_upper \
                    and nxt.is_alpha and _plain_name_word(nxt.lower_) and doc[ent.end + 1].pos_ != "PROPN":
                ent = doc[ent.start:ent.end + 1]  # "Ana Lucía" + "Torreblanca": the surname it left out
                words = ent.text.split()
        if _DATE_LIKE.fullmatch(ent.text):
            continue           # "GUWAHATI, Jul 8 (BNS)": a dateline's date tagged PERSON
        if label in ("PERSON", "ORG") and len(ent) >= 2 and ent.end_char <= headline_end(doc):
            cut = _headline_verb_cut(doc, ent, gaz)
            if cut is not None:
                ent = cut
                words = ent.text.split()
        if label in ("ORG", "PERSON", "NORP") and len(ent) == 1:
            if _dateline_word(ent[0]):
                label = "GPE"  # "CALAMA, Chile, June 12 (APW) -": a dateline names a place
        if label in ("LAW", "WORK_OF_ART", "PRODUCT", "ORG") and words and words[0].lower() in TITLE_WORDS \
                and _looks_like_person(" ".join(words[1:]), text if label == "ORG" else ""):
            # "Councilwoman Gloria Pike" tagged LAW, "SP Aminat Bello" tagged ORG: a title and
            # a person's name (an ORG needs the name's last word used alone in the article)
            label = "PERSON"
        fuller = None
        if label == "ORG" and len(ent) >= 3 and ent[-1].is_lower and ent[-1].lower_ in ORG_WORDS \
                and ent[-2].text[:1].isupper() and ent[-3].text[:1].isupper() and ent[-2].lower_ not in ORG_WORDS:
            # "The Shopworkers United union": the name is "Shopworkers United", the
            # description's noun the recogniser took with it makes the fuller alias
            fuller = doc_text(doc)[ent.start_char:ent.end_char]
            ent = ent[:-1]
            words = ent.text.split()
        if label in ("ORG", "PERSON") and not ent.text.endswith(("'s", "’s")):
            # "the Free Screens coalition": the name, with the fuller form kept as an alias
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if nxt is not None and nxt.is_lower and nxt.lower_ in ORG_WORDS and nxt.pos_ == "NOUN":
                fuller = doc_text(doc)[ent.start_char:nxt.idx + len(nxt.text)]
                label = "ORG"           # "the Free Screens coalition": not a person
        if label in NER_LABELS and len(ent) == 1 and ent[0].is_sent_start and ent[0].pos_ in ("ADJ", "NOUN", "VERB", "ADV") \
                and not ent[0].is_upper and gaz.lookup(ent.text, demonym=True) is None:
            continue           # "Consular staff …", "Kidnappings have …": a capitalised common word
        if label in NER_LABELS:
            # "Later Okafor", "Yesterday Paris": a sentence-opening adverb or verb is not part of the name
            while len(ent) > 1 and ent[0].pos_ in ("ADV", "ADP", "CCONJ", "SCONJ", "PRON", "VERB", "AUX", "INTJ", "PART") \
                    and ent[0].is_sent_start:
                ent = ent[1:]
            # "Lisbon Henrik Aas-Berglund" (a dateline or place glued to a name): split the place off
            if label == "PERSON" and len(ent) >= 3 and (gaz.lookup(ent[0].text) or {}).get("type") == "GPE":
                cands.append(_Cand(ent[0].idx, ent[0].idx + len(ent[0].text), "GPE", "ner", ent[0:1]))
                ent = ent[1:]
            # "STRASBOURG - The European Parliament" (a dateline glued on): two names
            dm = re.search(r"\s+[-–—]\s+", ent.text)
            if dm and dm.start() > 0:
                head = doc.char_span(ent.start_char, ent.start_char + dm.start(), alignment_mode="contract")
                tail = doc.char_span(ent.start_char + dm.end(), ent.end_char, alignment_mode="contract")
                if head is not None and tail is not None and len(tail) >= 1:
                    hrec = gaz.lookup(head.text, demonym=True)
                    cands.append(_Cand(head.start_char, head.end_char, (hrec or {}).get("type", "GPE"), "ner", head))
                    ent = tail
            # "Amnesty International and Human Rights Watch" as one span: two known
            # names joined by "and" are two entities (the whole is not itself known,
            # unlike "Bosnia and Herzegovina")
            am = re.search(r"\s+(?:and|&)\s+", ent.text)
            if am and am.start() > 0 and label in ("ORG", "GPE", "NORP") and gaz.lookup(ent.text) is None:
                left = doc.char_span(ent.start_char, ent.start_char + am.start(), alignment_mode="contract")
                right = doc.char_span(ent.start_char + am.end(), ent.end_char, alignment_mode="contract")
                lrec = gaz.lookup(left.text) if left is not None else None
                rrec = gaz.lookup(right.text) if right is not None else None
                if lrec is not None and rrec is not None:
                    cands.append(_Cand(left.start_char, left.end_char, lrec.get("type", label), "ner", left))
                    cands.append(_Cand(right.start_char, right.end_char, rrec.get("type", label), "ner", right))
                    continue
            # "Guyana over Essequibo" as one span: two names joined by a preposition that
            # no name contains, the first of them known
            om = re.search(r"\s+(?:over|against|with|versus|vs\.?)\s+", ent.text)
            if om and om.start() > 0 and gaz.lookup(ent.text) is None:
                left = doc.char_span(ent.start_char, ent.start_char + om.start(), alignment_mode="contract")
                right = doc.char_span(ent.start_char + om.end(), ent.end_char, alignment_mode="contract")
                lrec = gaz.lookup(left.text, demonym=True) if left is not None else None
                if lrec is not None:
                    cands.append(_Cand(left.start_char, left.end_char, lrec.get("type", label), "ner", left))
                    rrec = gaz.lookup(right.text, demonym=True) if right is not None else None
                    if right is not None and right.text[:1].isupper():
                        cands.append(_Cand(right.start_char, right.end_char,
                                           (rrec or {}).get("type", "LOC"), "ner", right))
                    continue
            # "Harbour Post's Mila Horvat" as one span: owner and owned are two entities
            pl = re.search(r"(?<=[a-z]s)['’]\s+(?=[A-Z][\w-]*$)", ent.text)
            if pl and label in ("ORG", "GPE", "NORP", "FAC") and len(ent.text[:pl.start()].split()) >= 2 \
                    and ent.text[:pl.start()].split()[-1].lower() in CORPORATE_SUFFIXES:
                # "Halvern Pharmaceuticals' Bridgewater (plant)": a plural possessive's owner;
                # the one word it owns is a place only when the gazetteer knows it. Only after a
                # company's corporate word: "Citizens' Bloc", "Supporters' Trust" are whole names
                owner = doc.char_span(ent.start_char, ent.start_char + pl.start(), alignment_mode="contract")
                owned = doc.char_span(ent.start_char + pl.end(), ent.end_char, alignment_mode="contract")
                if owner is not None and owned is not None:
                    orec = gaz.lookup(owned.text, demonym=False)
                    if orec is not None:
                        cands.append(_Cand(owned.start_char, owned.end_char, orec.get("type", "GPE"), "ner", owned))
                    ent = owner
            pm = re.search(r"['’]s\s+(?=[A-Z][\w-]*\s+[A-Z])", ent.text)
            if pm and pm.start() > 0:
                owner = doc.char_span(ent.start_char, ent.start_char + pm.start(), alignment_mode="contract")
                owned = doc.char_span(ent.start_char + pm.end(), ent.end_char, alignment_mode="contract")
                if owner is not None and owned is not None and len(owned) >= 2:
                    olabel = (gaz.lookup(owner.text, demonym=True) or {}).get("type", "ORG")
                    cands.append(_Cand(owner.start_char, owner.end_char, olabel, "ner", owner))
                    ent = owned
                    if _looks_like_person(owned.text, doc_text(doc)):
                        label = "PERSON"
            if label == "ORG" and ent[-1].lower_ in ORG_WORDS:
                ent = _org_name_tail(doc, ent)
            if label == "ORG":
                ent = _org_place_tail(doc, ent)
                ent = _org_country_tail(doc, ent, gaz)
            k = _holder_name_start(doc, ent)
            if k:
                ent, label = ent[k:], "PERSON"
            # "Prof Willem Achterberg" tagged "Achterberg": the first name before it belongs
            # to the name (the title before that stays a title)
            if label == "PERSON" and len(ent) == 1 and ent.start > 0:
                prev = doc[ent.start - 1]
                if prev.is_title and not prev.ent_type_ and prev.pos_ == "PROPN" and prev.lower_ not in TITLE_WORDS \
                        and _known_first_name(prev.text):
                    ent = doc[ent.start - 1:ent.end]
            # "Trần Quốc" + "Hưng": the name's last word, untagged, is the head its words hang on
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if label == "PERSON" and nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_type_ \
                    and ent[-1].dep_ in ("compound", "flat") and ent[-1].head.i == nxt.i \
                    and ent[-1].whitespace_ == " " and nxt.lower_ not in ORG_WORDS | TITLE_WORDS:
                ent = doc[ent.start:nxt.i + 1]
            # "Cllr Sunil" + "Bhatt": one name the recogniser cut in two
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if label == "PERSON" and nxt is not None and nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" \
                    and ent[-1].whitespace_ == " " and nxt.is_title and len(ent) + 1 <= 4 \
                    and _known_first_name(ent[-1].text) \
                    and (nxt.i + 1 >= len(doc) or doc[nxt.i + 1].ent_iob_ != "I"):
                ent = doc[ent.start:nxt.i + 1]
                merged.add(nxt.i)
            elif ent.start in merged:
                continue
            # "Anouk van" + "der Veen": a name the recogniser cut inside its surname particles
            if label == "PERSON" and ent[-1].lower_ in NAME_PARTICLES and ent[-1].is_lower and ent.end < len(doc):
                k = ent.end
                while k < len(doc) and doc[k].lower_ in NAME_PARTICLES and doc[k].is_lower and k - ent.end < 2:
                    k += 1
                if k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" and k < ent.end + 3:
                    for j in range(ent.end, k + 1):
                        if doc[j].ent_iob_ == "B":
                            merged.add(j)
                    ent = doc[ent.start:k + 1]
            cands.append(_Cand(ent.start_char, ent.end_char, label, "ner", ent, fuller))
    # "Arden manager Anders Rask praised ...": a known first name and a capitalised
    # surname the recogniser left untagged, after a title or role noun, are a person
    for tok in doc:
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if not (prev.lower_ in TITLE_WORDS or prev.lemma_.lower() in TITLE_WORDS) or prev.is_sent_start \
                and prev.is_title and not prev.lower_ in TITLE_WORDS:
            continue
        if nxt.ent_type_ or nxt.pos_ != "PROPN" or not nxt.is_title or not _known_first_name(tok.text):
            continue
        if any(c.start < nxt.idx + len(nxt.text) and tok.idx < c.end for c in cands):
            continue
        span = doc[tok.i:nxt.i + 1]
        cands.append(_Cand(span.start_char, span.end_char, "PERSON", "ner", span))
    # 'Marcelo "El Flaco" Quiroga', 'Joaquín "El Chapo" Guzmán': a nickname quoted inside a
    # name splits it for the recogniser (two places and a lone first name); the whole run is
    # one person, named without the nickname, which stays an alias
    for m in _NICKNAMED.finditer(text):
        first, nick, last = m.group(1), m.group(2), m.group(3)
        if len(first.split()) > 1 and not _known_first_name(first.split()[0]):
            first = first.split()[-1]   # "Coach Marcelo", "Striker Lionel": a word before the name is no name
        if not first or not _known_first_name(first.split()[-1]) or nick.split()[0].lower() in TITLE_WORDS:
            continue
        e = m.end()
        lw = last.split()
        if len(lw) > 1 and lw[-1].lower() in _STOP_WORDS:
            e -= len(last) - len(lw[0])   # "Marcelo "El Flaco" Quiroga In Dawn Raid": a headline's next word
            last = lw[0]
        poss = re.search(r"['’]s?$", last)
        if poss:   # "Joaquín "El Chapo" Guzmán's sons": the possessive is no part of the name
            last, e = last[:poss.start()], e - len(poss.group(0))
        s = m.end(1) - len(first)
        cands = [c for c in cands if not (c.start < e and m.start() < c.end)]
        cands.append(_Cand(s, e, "PERSON", "nickname", alias=f"{first} {last}|{nick}"))
    taken = [(c.start, c.end) for c in cands]
    for m in gaz.pattern().finditer(text):
        s, e = m.span()
        label = gaz.entries[gaz.surface[m.group(0)] if m.group(0) in gaz.surface
                            else gaz.keys[norm(m.group(0))]]["type"]
        if not any(s < te and ts < e for ts, te in taken):
            cands.append(_Cand(s, e, label, "gaz"))
        elif any(w.islower() for w in m.group(0).split()[1:]):
            # a known description ("the UN refugee agency") over the recogniser's "UN" inside it
            cands = _take_over(cands, _Cand(s, e, label, "gaz"), lambda c: (
                s <= c.start or text[c.start:s].lower() == "the ") and c.end <= e)
    # capitalised datelines ("KYIV, March 3 (Reuters) -", "BRUSSELS -"): the place, if known
    for m in re.finditer(r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?=\s*(?:[-–—,(]))", text):
        s, e = m.span(1)
        rec = gaz.lookup(m.group(1).title())
        if rec is not None and not any(c.start < e and s < c.end for c in cands):
            cands.append(_Cand(s, e, rec.get("type", "GPE"), "gaz"))
    # "Kilele Telecom filed a lawsuit": a run of capitalised words ending in a company word
    # the recogniser left untagged is a company
    for t in doc:
        if not (t.text[:1].isupper() and t.lower_ in CORPORATE_SUFFIXES and len(t.text) > 3 and not t.ent_type_):
            continue
        j = t.i
        while j > 0 and t.i - j < 3 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() \
                and not doc[j - 1].ent_type_ and doc[j - 1].whitespace_ == " " and not doc[j - 1].is_upper \
                and doc[j - 1].lower_ not in TITLE_WORDS:
            j -= 1
        if j == t.i:
            continue
        s, e = doc[j].idx, t.idx + len(t.text)
        if not any(c.start < e and s < c.end for c in cands):
            cands.append(_Cand(s, e, "ORG", "corporate"))
    # "airBaltic said", "easyJet's chief executive": a brand written in lower camel case acts
    # (subject or owner) as a company; the recogniser, reading case, does not see a name
    for t in doc:
        # (a prefix of two letters at least, no surname particle: "eSports", "iMessage", "deGrom" are not)
        if re.fullmatch(r"[a-z]{2,4}[A-Z][a-z]+[A-Za-z]*", t.text) and t.lower_ not in CAMEL_PRODUCTS \
                and re.match(r"[a-z]+", t.text).group(0) not in NAME_PARTICLES \
                and t.dep_ in ("nsubj", "nsubjpass", "poss") \
                and not any(c.start < t.idx + len(t.text) and t.idx < c.end for c in cands):
            cands.append(_Cand(t.idx, t.idx + len(t.text), "ORG", "corporate"))
    # "Caledonian Isles Ferries (CIF) cancelled ...": a name defined by the acronym after it
    # is an organisation even when the recogniser missed it or cut it
    for m in _ACRONYM_DEF.finditer(text):
        words = m.group(1).split()
        acro = m.group(2)
        caps = [k for k, w in enumerate(words) if w[:1].isupper()]
        if len(caps) < len(acro):
            continue
        first = caps[-len(acro)]
        if "".join(words[k][0] for k in caps[-len(acro):]).upper() != acro.upper() or \
                any(w.lower() not in _ACRONYM_GLUE for w in words[first:] if not w[:1].isupper()):
            continue
        s = m.start(1) + len(" ".join(words[:first])) + (1 if first else 0)
        e = m.start(1) + len(m.group(1).rstrip())
        # (a part the recogniser took with the "The" before it gives way too)
        cands = _take_over(cands, _Cand(s, e, "ORG", "acronym"), lambda c: (
            s <= c.start or text[c.start:s].lower() == "the ") and c.end <= e and c.label != "PERSON")
    # "Ifeoma Nwachukwu is drinking lemon tea": a known first name and one or two more
    # capitalised names the recogniser left untagged are a person
    for t in doc:
        if not (t.pos_ == "PROPN" and t.ent_iob_ == "O" and t.text[:1].isupper() and not t.is_upper
                and t.whitespace_ == " " and _known_first_name(t.text) and t.lower_ not in TITLE_WORDS):
            continue
        if t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper() \
                and doc[t.i - 1].lower_ not in TITLE_WORDS:
            continue  # ("the Lok Vikas Morcha": inside a longer name, not its start)
        line_s = text.rfind("\n", 0, t.idx) + 1
        line_e = text.find("\n", t.idx)
        line = re.findall(r"[^\W\d_]+", text[line_s:line_e if line_e >= 0 else len(text)])
        if len(line) >= 4 and sum(w[:1].isupper() for w in line) >= 0.6 * len(line):
            continue  # "Former Aide Sues Attorney General's Office": a title-case headline
        run = [t]
        for u in doc[t.i + 1:t.i + 3]:
            if u.pos_ == "PROPN" and u.ent_iob_ == "O" and u.text[:1].isupper() and not u.is_upper \
                    and u.is_alpha and _plain_name_word(u.lower_):
                run.append(u)
                if not u.whitespace_:
                    break
            else:
                break
        if len(run) < 2:
            continue
        s, e = run[0].idx, run[-1].idx + len(run[-1].text)
        # ("Ana Lucía" found without the "Torreblanca" that follows: the whole name)
        cands = _take_over(cands, _Cand(s, e, "PERSON", "first-name"),
                           lambda c: c.label == "PERSON" and s <= c.start and c.end <= e)
    # "the Union of Hospital Doctors", "the Patients Alliance" written in capitals after "the"
    # but missed by the recogniser: a body's name
    for m in _BODY_NAME.finditer(text):
        s, e = m.span(1)
        # (parts the recogniser tagged on their own - "Malaysian", "Association" - give way)
        if len(m.group(1).split()) >= 2:
            cands = _take_over(cands, _Cand(s, e, "ORG", "body"),
                               lambda c: s <= c.start and c.end <= e and c.label != "PERSON")
    # "Yusuf, 24, arrived from Sudan": a first name alone, typed anything by the recogniser (a
    # work of art, a product) or left untagged, is a person when an age follows it
    for m in _AGED_NAME.finditer(text):
        s, e = m.span(1)
        word = m.group(1)
        # (not a surname: "Derek Mills, 34,", or "Calder, 64," after "Ruth Calder")
        if gaz.lookup(word, demonym=True) is not None or word.lower() in _STOP_WORDS \
                or re.search(r"[A-Z][\w’'.-]*\s+$", text[max(0, s - 30):s]) \
                or any(c.start <= s and e <= c.end and (c.label == "PERSON" or c.end - c.start > e - s)
                       or text[c.start:c.end].endswith(" " + word) for c in cands):
            continue
        cands = _take_over(cands, _Cand(s, e, "PERSON", "aged"), lambda c: s <= c.start and c.end <= e)
    for m in _HANDLE.finditer(text):
        s, e = m.span()
        cands = [c for c in cands if not (c.start < e and s < c.end)]
        cands.append(_Cand(s, e, "HANDLE", "handle"))
    cands.sort(key=lambda c: c.start)
    # a word inside a person's title ("Secretary of State Antony Blinken") is not
    # an entity of its own unless the gazetteer knows it ("Kremlin spokesman")
    role_spans = []
    for c in cands:
        if c.label == "PERSON":
            role, _ = _title_role(doc, c.start)
            if role:
                role_spans.append((text.rfind(role, 0, c.start), c.start))
    cands = [c for c in cands if c.source != "ner" or c.label == "PERSON"
             or gaz.lookup(text[c.start:c.end], demonym=True) is not None
             or not any(rs <= c.start and c.end <= re_ for rs, re_ in role_spans)]

    # pass 1: full names and gazetteer entities; bare surnames and handles wait
    pending: list[tuple[_Cand, int, int]] = []
    for c in cands:
        if c.source == "handle":
            pending.append((c, c.start, c.end))
            continue
        if c.source == "nickname":
            name, nick = (c.alias or "").split("|")
            eid = index.add_entity(name, "PERSON", aliases=(nick,), mention=(c.start, c.end))
            _person_roles(doc, index, eid, c, c.start)
            continue
        s, e, titles = _trim(doc, c.start, c.end, person=c.label == "PERSON")
        if c.label != "PERSON" and _looks_like_person(text[s:e], "") is False:
            s2, e2, t2 = _trim(doc, c.start, c.end)
            if t2 and (_looks_like_person(text[s2:e2], text)     # "President Ana Lenz" typed ORG
                       # ("Compañera Yesenia Orozco" typed a place: a title only people bear)
                       or t2[-1].lower() in PERSONAL_TITLES and _looks_like_person(text[s2:e2], titled=True)):
                s, e, titles = s2, e2, t2
                if t2[-1].lower() in PERSONAL_TITLES:
                    c.label = "PERSON"
            elif (m := re.match(r"[A-Z][\w'’-]+\s+([\w.]+)\s+", text[s:e])) and m.group(1).lower() in PERSONAL_TITLES \
                    and _looks_like_person(text[s + m.end():e], titled=True):
                # "Independent TD Niamh Cullen", "Labour MP Ann Roe" typed a body: a party and a title
                party = text[s:s + len(m.group(0).split()[0])]
                if party.isupper() and len(party) > 1:
                    index.add_entity(party, "ORG", mention=(s, s + len(party)))   # ("SNP MSP Kate Forbes")
                s, titles, c.label = s + m.end(), [m.group(0).strip()], "PERSON"
        if c.label == "ORG" and (m := _seat_phrase(text[s:e], gaz)):
            e = s + m   # "the Court of Arbitration for Sport in Lausanne": the court, not its seat
        if c.label != "PERSON" and (m := _postnominal_cut(doc, s, e)):
            e, c.label = s + m, "PERSON"   # "Thandeka Radebe SC told the court" typed ORG
        surface = text[s:e]
        if not any(ch.isupper() for ch in surface) or surface.lower() in ("the", "a", "an", "this", "that"):
            continue      # "foreign ministry", "navy": a common noun, not a name ("LIMA - The": no name)
        if (person := _particle_surname_of(index, surface)) is not None and not (
                (nxt := re.match(r"\s+(\w+)", text[e:e + 20])) and nxt.group(1).lower() in PLACE_WORDS):
            # ("San Martín street" is a place)
            index._add_mention(person, s, e)   # "de Vries" after "Anna de Vries", whatever it was typed
            continue
        rec = gaz.lookup(surface, demonym=c.label != "PERSON")
        if rec is None and c.label in ("GPE", "LOC", "ORG", "NORP") and " " not in surface.strip():
            rec = gaz.fuzzy(surface)
        if rec is not None and c.label != "PERSON":
            index._ensure_gaz(rec, surface, (s, e))
            continue
        if c.label in ("ORG", "GPE", "NORP", "LOC", "FAC") and rec is None and (
                _looks_like_person(surface, text)
                or (_title_role(doc, s)[0] is not None or _person_apposition(doc, e) or _title_apposition(doc, s))
                and _looks_like_person(surface, titled=True)):
            # ("Murat Ekinci, an emerging-markets strategist at ...,": a person by the apposition)
            # spaCy's small model often types "Fatoumata Diallo" ORG; a person's
            # title right before the name settles it ("spokeswoman Liene Ozola")
            c.label = "PERSON"
        words = surface.split()
        if c.label == "PERSON" and len(words) >= 3 and not _known_first_name(words[0]) \
                and (last_rec := gaz.lookup(words[-1]) or {}).get("type") == "GPE" and last_rec.get("demonyms") \
                and _title_role(doc, s)[0] is None and not titles:
            c.label = "ORG"  # "Water Guardians Ghana", "Transparency Watch Kenya": a body named with its country
        if c.label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and rec is None and any(
                w.lower().strip(".,") in CORPORATE_WORDS for w in surface.split()):
            c.label = "ORG"  # "Minera Altoandina", "Grupo Salinas", "Kestrel Holdings plc": a company
        if c.label in ("PERSON", "GPE", "LOC", "FAC") and len(words) >= 2 and (
                words[0] in CLUB_PREFIXES or words[-1] in CLUB_WORDS and not _known_first_name(words[0])):
            c.label = "ORG"  # "Borussia Dortmund", "Dynamo Kyiv", "Dunmore Rovers": a club
        if c.label == "PERSON" and len(surface.split()) > 1:
            # "Salar Norte" after "Salar Norte Minerals": the company without its corporate word
            # or before its trade words ("Kericho Highlands" after "Kericho Highlands Tea Estates")
            # unless it opens with a first name ("Henry Ford" is no short "Henry Ford Foundation")
            short = [oid for oid, o in index.entities.items() if o.type == "ORG"
                     and norm(o.name).startswith(norm(surface) + " ")
                     and not _known_first_name(surface.split()[0])]
            if len(short) == 1:
                index._add_mention(short[0], s, e)
                continue
            # "Pemba Nuru" after "Pemba Nuru Sherpa": the opening words of the one longer
            # name of the article are that person
            # (not a father before "Jr.", nor a name another person already has: "Juan Carlos")
            longer = [pid for pid, p in index.entities.items() if p.type == "PERSON"
                      and norm(p.name).startswith(norm(surface) + " ")
                      and not re.search(r"\b(?:Jr|Sr|II|III|IV)\.?$", p.name)]
            if len(longer) == 1 and index.find(surface, "PERSON") in (None, longer[0]):
                index._add_mention(longer[0], s, e)
                _person_roles(doc, index, longer[0], c, s)
                continue
            eid = index.add_entity(surface, "PERSON", mention=(s, e))
            full_role, _ = _title_role(doc, s)
            for t in titles:
                if t.lower() not in HONORIFICS:
                    if not full_role:
                        index.add_role(eid, t)
                elif HONORIFICS[t.lower()]:
                    index.genders[eid] = HONORIFICS[t.lower()]
            _person_roles(doc, index, eid, c, s)
            continue
        if len(surface.split()) == 1:
            pending.append((c, s, e))
            continue
        if c.label == "ORG":
            qualified = _country_qualified(doc, gaz, s, surface)
            if qualified:
                index.add_entity(qualified, "ORG", aliases=(surface,), mention=(s, e))
                continue
        eid = index.add_entity(surface, c.label, mention=(s, e))
        if c.label == "ORG" and (demonym := _demonym_before(doc, gaz, s)) is not None:
            # "the Polish Digital Markets Authority": also known with its demonym
            index.add_entity(surface, "ORG", aliases=(f"{demonym} {surface}",))
        if c.alias:
            index.add_entity(surface, c.label, aliases=(re.sub(r"^(?:the|The) ", "", c.alias),))

    # pass 2: bare names join a full name of this article when exactly one fits
    for c, s, e in pending:
        surface = text[s:e]
        if c.source == "handle":
            _resolve_handle(index, gaz, surface, s, e)
            continue
        people = [eid for eid, ent in index.entities.items() if ent.type == "PERSON"
                  and len(ent.name.split()) > 1 and norm(ent.name.split()[-1]) == norm(surface)]
        if not people and (c.label == "PERSON" or gaz.lookup(surface, demonym=True) is None):
            # family name first ("Liang" after "Liang Wenhao") or a given name used alone
            # ("Azlan" after "Azlan Mokhtar", typed GPE by the recogniser): the one person it
            # opens; a common first name only for a PERSON mention
            people = [eid for eid, ent in index.entities.items() if ent.type == "PERSON"
                      and len(ent.name.split()) > 1 and norm(ent.name.split()[0]) == norm(surface)
                      and (c.label == "PERSON" or norm(surface) not in _first_names())]
        tok = _token_from(doc, s)
        if not people and norm(surface) not in _first_names() and gaz.lookup(surface, demonym=True) is None \
                and tok is not None and not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN") \
                and not any(t.lower_ in ("it", "its") and t.i > tok.i for t in tok.sent):
            # a paternal surname in the middle of a three-word Hispanic name ("Cedeño"
            # after "Ernesto Cedeño Brid", which news style shortens to the first surname);
            # not "the Kennedy family", nor a bank that "said it" ("Santander")
            people = [eid for eid, ent in index.entities.items() if ent.type == "PERSON"
                      and len(ent.name.split()) == 3 and norm(ent.name.split()[1]) == norm(surface)
                      and _known_first_name(ent.name.split()[0])]
        if len(people) == 1:
            index._add_mention(people[0], s, e)
            _person_roles(doc, index, people[0], c, s)
            continue
        if not people and c.label in ("PERSON", "ORG", "GPE", "NORP"):
            # "Lumora" after "Lumora Inc." (the recogniser may call the short name a person):
            # a company's name without its corporate word, when one company fits; a club's
            # without its club word ("Harwell" after "Harwell Athletic") unless it is a known place
            short = [eid for eid, ent in index.entities.items() if ent.type == "ORG"
                     and norm(ent.name).startswith(norm(surface) + " ")
                     and (norm(ent.name)[len(norm(surface)) + 1:] in CORPORATE_SUFFIXES
                          or ent.name.split()[-1] in CLUB_WORDS and len(ent.name.split()) == len(surface.split()) + 1
                          and gaz.lookup(surface, demonym=True) is None)]
            if len(short) == 1:
                index._add_mention(short[0], s, e)
                continue
            inner = _inner_word_of(index, gaz, surface, text) \
                if c.label != "PERSON" or norm(surface) not in _first_names() else None
            if inner is not None:
                index._add_mention(inner, s, e)
                continue
        if c.label in ("GPE", "LOC") and gaz.lookup(surface, demonym=True) is None and _speaking_subject(doc, s):
            c.label = "PERSON"  # "Kasich spoke ...", "Kasich says": an unknown place does not speak
        rec = gaz.lookup(surface) if c.label != "PERSON" else None
        if rec is None and not index.find(surface) and gaz.lookup(surface) is None:
            # a misspelt place typed PERSON ("Kovoso"): letters swapped only, never an exact name
            rec = gaz.fuzzy(surface, anagram_only=c.label == "PERSON" or norm(surface) in _first_names())
        if rec is not None:
            index._ensure_gaz(rec, surface, (s, e))
            continue
        if norm(surface) in TITLE_WORDS and c.label in ("PERSON", "ORG", "NORP"):
            continue  # "the Emir", "His Highness" tagged as a name: a title, resolved as a description
        if (c.label == "PERSON" and norm(surface) in ORIGIN_PERSON_WORDS
                or c.label in ("PERSON", "NORP", "ORG", "GPE") and norm(surface) in NATIONALITY_NOUNS) \
                and re.search(r"\b[Tt]he\s+$", text[max(0, s - 5):s]):
            continue  # "The Scot said": a person described by origin, resolved as a description
        eid = index.add_entity(surface, c.label, mention=(s, e))
        if c.label == "PERSON":
            _person_roles(doc, index, eid, c, s)
    _acronym_aliases(index)
    _acronyms_by_initials(index)
    _known_name_occurrences(index)
    _business_types(doc, index, gaz)
    _acronym_bodies(doc, index, gaz)
    _places_in_lists(doc, index, gaz)
    _places_after_in(doc, index)
    _workplaces(index)
    _named_offices(doc, index)
    _titled_names(doc, index, gaz)
    _owned_bodies(index)
    _company_short_forms(index, gaz)
    _masthead_short_forms(index)
    placed_body_aliases(index)
    return index


def placed_body_aliases(index: EntityIndex) -> None:
    """"The Russian Embassy in Tokyo", "the American Chamber of Commerce in Kazakhstan": a body
    named by where it sits is also known by its name with the place (one embassy of Russia is
    not another), when the place is written right after it as a known place."""
    text = index.text
    for m in list(index.mentions):
        ent = index.entities.get(m.entity)
        words = ent.name.lower().split() if ent is not None else []
        if ent is None or ent.type not in ("ORG", "GROUP") or not words or not (
                words[-1] in PLACED_BODY_WORDS or words[-3:] == ["chamber", "of", "commerce"]):
            continue
        after = re.match(r"\s+in\s+", text[m.end:m.end + 6])
        if not after:
            continue
        place = next((x for x in index._near(m.end + after.end(), m.end + after.end() + 1)
                      if x.start == m.end + after.end()), None)
        pent = index.entities.get(place.entity) if place is not None else None
        if pent is None or pent.type != "GPE":
            continue
        alias = f"{ent.name} in {text[place.start:place.end]}"
        if alias not in ent.aliases:
            ent.aliases.append(alias)


MASTHEAD_WORDS = frozenset("""chronicle herald tribune gazette courier journal observer telegraph beacon sentinel
times post mail express standard star globe examiner inquirer guardian monitor dispatch""".split())


def _masthead_short_forms(index: EntityIndex) -> None:
    """"The Chronicle said" after (or before) "the Tyneside Chronicle": a newspaper's
    masthead word with "the" is its short name when one organisation of the article has a
    longer name ending in it (the recogniser types the bare word a person or leaves it)."""
    text = index.text
    for oid, org in list(index.entities.items()):
        words = org.name.split()
        if org.type != "ORG" or len(words) < 2 or words[-1].lower() not in MASTHEAD_WORDS:
            continue
        word = words[-1]
        if any(k != oid and e.type == "ORG" and e.name.split()[-1:] == [word] and len(e.name.split()) > 1
               for k, e in index.entities.items()):
            continue   # two papers end in the word: the short form is ambiguous
        for m in re.finditer(rf"(?<=\b[Tt]he ){re.escape(word)}\b(?!['’]?\s*[A-Z])", text):
            s, e = m.span()
            here = [x for x in index._near(s, e) if x.start < e and s < x.end]
            if any(x.entity == oid or x.end - x.start > e - s for x in here):
                continue   # inside the full name, or part of another name
            for x in here:
                other = index.entities.get(x.entity)
                if other is None or other.roles or norm(other.name) != norm(word):
                    break
                x.entity = oid
                if not any(y.entity == other.id for y in index.mentions):
                    index.entities.pop(other.id, None)
            else:
                if not here:
                    index._add_mention(oid, s, e)


def _company_short_forms(index: EntityIndex, gaz: Gazetteer) -> None:
    """"Jade Harbour wins reprieve" (a headline) before "Jade Harbour Holdings": a short form
    met before the full name was typed by the recogniser alone (a person, a place, a
    nationality); once the article names one company that is the short form plus a corporate
    word, the short form's mentions are that company's. Never a known place, a person with
    a role, or a name the company is named after ("Ilya Morozov" ... "Morozov Holdings")."""
    for eid, ent in list(index.entities.items()):
        if ent.type not in ("PERSON", "NORP", "GPE", "FAC", "LOC") or ent.roles or eid not in index.entities:
            continue
        if gaz.lookup(ent.name, demonym=True) is not None:
            continue
        company = index.company_of_short_name(ent.name)
        if company is None:
            continue
        for m in index.mentions:
            if m.entity == eid:
                m.entity = company
        _merge_into(index.entities[company], ent)
        del index.entities[eid]
        index._starts = None


_OWNER_ORG = re.compile(r"([A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&.-]*){0,5})['’]s\s+$")


def _owned_bodies(index: EntityIndex) -> None:
    """"The African Union's Peace and Security Council": a body of another organisation
    is as often named with its owner before it ("African Union Peace and Security
    Council", "OSCE Office for ..."); the body keeps that form as an alias. Countries'
    bodies take the demonym instead (the quotes module adds those)."""
    for m in list(index.mentions):
        ent = index.entities.get(m.entity)
        if ent is None or ent.type != "ORG":
            continue
        hit = _OWNER_ORG.search(index.text, max(0, m.start - 60), m.start)
        if hit is None:
            continue
        owner_text = re.sub(r"^(?:The|the)\s+", "", hit.group(1))
        oid = index.find(owner_text)
        owner = index.entities.get(oid) if oid else None
        if owner is None or owner.type != "ORG" or oid == m.entity or norm(ent.name).startswith(norm(owner.name)):
            continue
        for alias in (f"{owner.name} {ent.name}", f"{owner_text} {ent.name}"):
            if alias != ent.name and alias not in ent.aliases:
                ent.aliases.append(alias)


def _titled_names(doc: Doc, index: EntityIndex, gaz: Gazetteer) -> None:
    """A name the recogniser missed right after a title ("moved by Leader of the
    Opposition Meenakshi Yadav", "Chief Minister Raghav Singh"): two or three capitalised
    words that look like a person's name once titled, not part of any entity, and not a
    place the gazetteer knows."""
    i = 0
    n = len(doc)
    while i < n:
        t = doc[i]
        if not (t.lower_ in TITLE_WORDS and (t.text[:1].isupper() or t.lower_ in LOWER_TITLES)
                or t.text == "Opposition" and i >= 3
                and doc[i - 3].lower_ == "leader"):
            i += 1
            continue
        k = i + 1
        # "Minister of Construction Nguyễn Thị Lan Phương": past the title's portfolio
        if k < n and doc[k].lower_ == "of":
            k += 1
            k += k < n and doc[k].lower_ == "the"
            start_portfolio = k
            while k < n and (doc[k].lower_ in PORTFOLIO_WORDS and doc[k].is_title
                             or doc[k].lower_ in ("and", "&") and k > start_portfolio):
                k += 1
            if k == start_portfolio:
                i += 1
                continue
        j = k
        while j < n and j - k < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].is_alpha:
            j += 1
        run = doc[k:j]
        if 2 <= len(run) <= 4 and not any(tok.lower_ in TITLE_WORDS for tok in run):
            s, e = run[0].idx, run[-1].idx + len(run[-1].text)
            name = index.text[s:e]
            near = [x for x in index._near(s, e) if x.start < e and s < x.end]
            tail = _retypable_tail(index, gaz, near, s, e)
            if (not near or tail is not None) and gaz.lookup(name) is None \
                    and _looks_like_person(name, titled=True):
                if tail is not None:
                    # "Government spokesman Gergely Farkas": the recogniser typed the surname
                    # alone an organisation; the titled full name is the person, and so is
                    # every other mention of the surname
                    ent = index.entities[tail]
                    for x in near:
                        index.mentions.remove(x)
                    index._starts = None
                    if ent.name not in ent.aliases:
                        ent.aliases.append(ent.name)
                    ent.name, ent.type = name, "PERSON"
                    index._add_mention(tail, s, e)
                    eid = tail
                else:
                    eid = index.add_entity(name, "PERSON", mention=(s, e))
                role, gender = _title_role(doc, s)
                if role:
                    index.add_role(eid, role)
                if gender:
                    index.genders.setdefault(eid, gender)
        i = max(j, i + 1)


# titles written in lower case before a name ("government spokesman Gergely Farkas")
LOWER_TITLES = {"spokesman", "spokeswoman", "spokesperson"}


def _retypable_tail(index: EntityIndex, gaz: Gazetteer, near: list, s: int, e: int) -> str | None:
    """The entity of ``near`` (the mentions overlapping a titled name at ``s``..``e``) when it
    is a non-person the recogniser made of the name's last word(s) alone, named so and known
    to no gazetteer; None otherwise."""
    ids = {x.entity for x in near}
    if len(ids) != 1:
        return None
    eid = ids.pop()
    ent = index.entities.get(eid)
    if ent is None or ent.type not in ("ORG", "GPE", "NORP", "LOC", "FAC") or ent.roles:
        return None
    if not all(x.start > s and x.end == e for x in near) or gaz.lookup(ent.name) is not None:
        return None
    return eid if norm(index.text[near[0].start:e]) == norm(ent.name) else None


# "the Coronado County Sheriff's Office", "the Attorney General's Office": a public office
# named after its holder's title, which the recogniser often misses
_NAMED_OFFICE = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w.-]+\s){0,3}(?:Sheriff|Attorney|Governor|Mayor|Prosecutor|Comptroller|Auditor|"
    r"Inspector|Coroner|Examiner|Defender|Treasurer|Clerk|Assessor|Controller|Commissioner|Ombudsman|"
    r"General|President|Minister|Chancellor|Marshal)['’]s\s(?:Office|Department|Bureau))\b")


# words that may open a named office ("Coronado County Sheriff's Office")
_OFFICE_PLACE_WORDS = {"County", "City", "State", "District", "Federal", "Provincial", "Regional", "National",
                       "U.S.", "US", "Town", "Parish", "Borough", "Municipal",
                       # words of the titles themselves ("Attorney General", "Chief Medical Examiner")
                       "Attorney", "Medical", "Public", "Chief", "Deputy", "Solicitor", "Auditor", "Inspector"}


def _named_offices(doc: Doc, index: EntityIndex) -> None:
    for m in _NAMED_OFFICE.finditer(index.text):
        s, e = m.span(1)
        # leading words: places and names of a sentence in ordinary case, not a title-case
        # headline's words ("Former Aide Sues Attorney General's Office")
        lead = m.group(1).split()
        tok = _token_from(doc, s)
        sent = tok.sent if tok is not None else None
        titled = sent is not None and sum(t.is_title for t in sent if t.is_alpha) > 0.6 * max(
            1, sum(1 for t in sent if t.is_alpha))
        keep = len(lead) - 2
        for j in range(len(lead) - 3, -1, -1):  # the words before "<Title>'s Office"
            w = lead[j]
            wt = _token_from(doc, s + len(" ".join(lead[:j])) + (1 if j else 0))
            ok = w in _OFFICE_PLACE_WORDS or (wt is not None and wt.pos_ == "PROPN" and not titled)
            if not ok or w in ("The", "A", "An"):
                break
            keep = len(lead) - j
        start_word = len(lead) - keep
        s += len(" ".join(lead[:start_word])) + (1 if start_word else 0)
        name = index.text[s:e]
        near = [x for x in index._near(s, e) if x.start < e and s < x.end]
        if any((x.end - x.start) >= (e - s) for x in near):
            continue  # already a (longer) name
        # a fragment the recogniser found ("General's Office" of "the Attorney General's Office")
        # gives way to the whole name
        inside = [x for x in near if s <= x.start and x.end <= e]
        if len(inside) != len(near):
            continue
        for x in inside:
            index.mentions.remove(x)
            if not any(m.entity == x.entity for m in index.mentions):
                index.entities.pop(x.entity, None)
        index._starts = None
        index.add_entity(name, "ORG", mention=(s, e))


def _business_types(doc: Doc, index: EntityIndex, gaz: Gazetteer) -> None:
    """A one-word name written once right after a company noun ("French nuclear fuel
    group Sorelia", "mining company Kestrel") is a company, whatever the recogniser typed
    it elsewhere (a headline's "seizes Sorelia uranium mine" reads as a place)."""
    searched: set[str] = set()   # names already looked for after a company noun in the whole text
    for m in index.mentions:
        ent = index.entities.get(m.entity)
        if ent is None or ent.type == "ORG" or ent.type not in ("LOC", "FAC", "GPE", "PERSON", "PRODUCT", "NORP"):
            continue
        if len(ent.name.split()) != 1 or gaz.lookup(ent.name, demonym=True) is not None:
            continue
        if _business_before(doc, m.start, index.text[m.start:m.end]):
            ent.type = "ORG"
        elif ent.name not in searched:
            searched.add(ent.name)
            if _named_after_business_noun(doc, ent.name):
                ent.type = "ORG"


# people who work somewhere: "pilots at Emerald Atlantic" names an employer, not a person
WORKER_NOUNS = frozenset("""pilots workers staff employees engineers drivers nurses doctors crew crews miners dockers
technicians mechanics cashiers executives managers bankers traders journalists reporters editors researchers
scientists staffers officials insiders shareholders investors customers passengers""".split())
_WORKPLACE_RE = re.compile(rf"\b(?:{'|'.join(sorted(WORKER_NOUNS))}) at $", re.I)


def _workplaces(index: EntityIndex) -> None:
    """A "person" named after "pilots at" / "staff at" with no role and no "Mr"/"Ms" is the
    employer (a name like "Emerald" may be a first name too) ("pilots at Emerald Atlantic walked out"): a
    recogniser's guess the context overrules."""
    for m in index.mentions:
        ent = index.entities.get(m.entity)
        if ent is None or ent.type != "PERSON" or ent.roles or len(ent.name.split()) > 3:
            continue
        if not _WORKPLACE_RE.search(index.text[max(0, m.start - 30):m.start]) or \
                re.match(r"['’]", index.text[m.end:m.end + 1]):
            continue   # ("nurses at Mary Hale's clinic": the clinic is the workplace)
        if any(re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+$", index.text[max(0, o.start - 6):o.start])
               for o in index.mentions_of(m.entity)):
            continue
        ent.type = "ORG"


# body nouns after which a capital short name is the body's name ("the drivers' union GDV")
ACRONYM_BODY_NOUNS = frozenset("""union party group alliance federation association agency movement coalition
network league firm company organisation organization charity watchdog regulator broadcaster""".split())
# capital abbreviations that are roles, places in a building or things, never a body's name
NOT_BODY_ACRONYMS = frozenset("""CEO CFO COO CTO CIO MD MP MPs MEP MLA MSP HQ ICU IPO AGM EGM PR HR IT TV AI GDP VAT
PM VP GM OBE MBE""".split())


def _acronym_bodies(doc: Doc, index: EntityIndex, gaz: Gazetteer) -> None:
    """'The drivers' union GDV', 'the opposition party MDP': a capital-letter short name
    right after a body noun is that body, when the recogniser left it untagged."""
    for t in doc:
        if not re.fullmatch(r"[A-Z]{2,6}", t.text) or t.i == 0 or t.text in NO_PATTERN:
            continue
        prev = doc[t.i - 1]
        if not (prev.is_lower and prev.lower_ in ACRONYM_BODY_NOUNS and prev.pos_ == "NOUN") or t.text in NOT_BODY_ACRONYMS:
            continue
        if index._near(t.idx, t.idx + len(t.text)) and index.entity_at(t.idx, t.idx + len(t.text)) is not None:
            continue
        if gaz.lookup(t.text, demonym=True) is not None:
            continue
        index.add_entity(t.text, "ORG", mention=(t.idx, t.idx + len(t.text)))


def _places_in_lists(doc: Doc, index: EntityIndex, gaz: Gazetteer | None = None) -> None:
    """'the lines linking Hanover, Magdeburg and Leipzig': a one-word "organisation"
    listed with places is a place too."""
    for m in index.mentions:
        ent = index.entities.get(m.entity)
        if ent is None or ent.type != "ORG" or " " in ent.name or ent.name.isupper():
            continue
        tok = _token_from(doc, m.start)
        if tok is None or tok.idx != m.start:
            continue
        if gaz is not None and gaz.lookup(ent.name) is not None or len(index.mentions_of(m.entity)) > 1:
            continue  # "Iran, Syria and Hezbollah": a known body; a name used again is no slip of a list
        kinds = [getattr(index.entities.get(index.entity_at(c.idx, c.idx + len(c.text)) or ""), "type", None)
                 for c in tok.conjuncts]
        if len(kinds) >= 2 and all(k == "GPE" for k in kinds):
            ent.type = "GPE"


# prepositions whose object is a place, never a person ("a church hall in Bolton")
PLACE_PREPOSITIONS = {"in", "near", "outside"}


def _places_after_in(doc: Doc, index: EntityIndex) -> None:
    """"founded in a church hall in Bolton": a one-word "person" the article only ever
    puts after "in" or "near" is a place the recogniser did not know."""
    for eid, ent in index.entities.items():
        if ent.type != "PERSON" or " " in ent.name or ent.aliases:
            continue
        ms = index.mentions_of(eid)
        toks = [_token_from(doc, m.start) for m in ms]
        if toks and all(t is not None and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS
                        and not any(c.dep_ == "case" for c in t.children) for t in toks):
            ent.type = "GPE"


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def _acronyms_by_initials(index: EntityIndex) -> None:
    """An unknown all-capitals name ("OMB") joins the one organisation of the
    article whose capitalised words give those initials ("Office of Management and
    Budget"), also without a "Name (ACR)" in the text."""
    gaz = index.gazetteer
    for eid, ent in list(index.entities.items()):
        if not re.fullmatch(r"[A-Z]{2,6}", ent.name) or (gaz and gaz.lookup(ent.name)):
            continue
        # (or of a shorter name it also has: "Joint Chiefs of Staff" of "South Korean Joint Chiefs of Staff")
        longer = [k for k, e in index.entities.items()
                  if k != eid and e.type == "ORG" and any(len(n.split()) > 1 and _initials(n) == ent.name
                                                          for n in (e.name, *e.aliases))]
        if not longer and len(ent.name) >= 3 and ent.name not in NOT_BODY_ACRONYMS \
                and (run := _written_long_form(index, ent.name)) is not None:
            longer = [_long_form_entity(index, run)]
        if len(longer) != 1:
            continue
        for m in index.mentions:
            if m.entity == eid:
                m.entity = longer[0]
        target = index.entities[longer[0]]
        if ent.name not in target.aliases:
            target.aliases.append(ent.name)
        del index.entities[eid]


# small words a body's name may hold between its capitalised words ("Parks and Wildlife")
_NAME_JOINERS = r"(?:of|for|and|the|on|de|du|des|del|la|le)"
_CAP_WORD = r"[A-Z][a-z][\w-]*"
_NAME_RUN = re.compile(rf"{_CAP_WORD}(?:\s+(?:{_NAME_JOINERS}\s+)*{_CAP_WORD})+")


def _headline_verb_cut(doc: Doc, ent: Span, gaz: "Gazetteer | None" = None) -> Span | None:
    """"Ben Carson Defends Himself Again": in a headline written in title case the
    recogniser runs a name on into the capitalised verb after it; the name ends before
    the first word that is a verb of the headline's kind ("Defends", "Endorses", "Slams"),
    unless the body writes the whole as a name too ("Women's March")."""
    body = doc_text(doc)[headline_end(doc):]
    written = lambda span: re.search(rf"(?<![\w-]){re.escape(span.text)}(?![\w-])", body) is not None
    for k in range(1, len(ent)):
        t = ent[k]
        low = t.lower_
        # an inflected verb only ("Defends", "Launches", "Named"; not "Post", "Fund", "Express")
        inflected = low.endswith("s") and not low.endswith("ss") or low.endswith("ed")
        if t.text[:1].isupper() and not t.is_upper and inflected and _verb_lemma(t.text.rstrip("d") if low.endswith("ed") else t.text) is not None:
            if written(ent) or written(ent[:k + 1]) or gaz is not None and gaz.lookup(ent[:k + 1].text) is not None:
                return None
            return ent[:k]
    return None


def _written_long_form(index: EntityIndex, acronym: str) -> str | None:
    """"Colorado Parks and Wildlife ... CPW confirmed": the one run of capitalised words
    (with "and", "of", ... between them) in the text whose initials are the acronym, when
    the recogniser cut it into pieces ("Colorado Parks" + "Wildlife") so that no entity
    carries the whole name. A run opening a sentence with "The" does not count."""
    found: set[str] = set()
    for m in _NAME_RUN.finditer(index.text):
        words = list(re.finditer(rf"{_CAP_WORD}|{_NAME_JOINERS}", m.group(0)))
        caps = [k for k, w in enumerate(words) if w.group(0)[:1].isupper()]
        # every stretch of the run from one capitalised word to another
        for i in caps:
            for j in caps:
                if j <= i or words[i].group(0) == "The":
                    continue
                inner = [words[k].group(0) for k in caps if i <= k <= j]
                if "".join(w[0] for w in inner) == acronym and not any(w.lower() in TITLE_WORDS for w in inner):
                    # (never an office: "DPP Ong" is no body called "Deputy Public Prosecutor";
                    # never part of a longer name: "United Auto Workers Local 3047")
                    s, e = m.start() + words[i].start(), m.start() + words[j].end()
                    near = [x for x in index._near(s, e) if x.start < e and s < x.end]
                    if not any(x.start <= s and e <= x.end and x.end - x.start > e - s      # inside a longer name
                               or (x.start < s < x.end or x.start < e < x.end)               # cutting one
                               or _is_persons_name(index, x, s, e)
                               for x in near):
                        found.add(index.text[s:e])
    return found.pop() if len(found) == 1 else None


def _is_persons_name(index: EntityIndex, m: Mention, s: int, e: int) -> bool:
    """Whether mention ``m`` inside the stretch [s, e) is a person's name: the whole stretch
    ("Mark Lewis Brown" is no "MLB"), or one opening with a first name ("Utah Parks", typed
    a person by the recogniser, is a piece of "Utah Parks and Recreation")."""
    ent = index.entities.get(m.entity)
    if ent is None or ent.type != "PERSON":
        return False
    return (m.start, m.end) == (s, e) or _known_first_name(m.text.split()[0])


def _long_form_entity(index: EntityIndex, name: str) -> str:
    """The organisation called ``name`` at each place the text writes it; the pieces the
    recogniser made of it there give way (and go when nothing else names them)."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), index.text)
             if not any(x.start <= m.start() and m.end() <= x.end and x.end - x.start > m.end() - m.start()
                        for x in index._near(m.start(), m.end()))]
    inside = {m.entity for m in index.mentions if any(s <= m.start and m.end <= e for s, e in spans)}
    index.mentions[:] = [m for m in index.mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    index._starts = None
    eid = index.add_entity(name, "ORG")
    for s, e in spans:
        index._add_mention(eid, s, e)
    for other in inside - {eid}:
        if not any(m.entity == other for m in index.mentions):
            index.entities.pop(other, None)
    return eid


def _particle_surname_of(index: EntityIndex, surface: str) -> str | None:
    """The one person of the article whose full name ends in a surname opened by a particle
    ("van der Veen", "de Vries") or in a double surname ("Barros Lobo"), a bare surname the
    recogniser types a body or a new person."""
    words = surface.split()
    # (or a double surname, "Barros Lobo" after "Henrique Barros Lobo": never a first name and surname)
    if len(words) < 2 or words[0] not in NAME_PARTICLES and (
            len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words) or _known_first_name(words[0])):
        return None
    people = [pid for pid, p in index.entities.items() if p.type == "PERSON"
              and len(p.name.split()) > len(words) and norm(p.name).endswith(" " + norm(surface))]
    return people[0] if len(people) == 1 else None


# an acronym as written in parentheses after a long name: two to eight letters, two capitals at
# least, small letters allowed inside ("BAMF", "BfV", "BaFin")
ACRONYM_FORM = r"[A-Z](?=[A-Za-z]*[A-Z])[A-Za-z]{1,7}"


def _known_name_occurrences(index: EntityIndex) -> None:
    """Later bare uses of names this article already introduced that spaCy did not
    tag: a person's surname ("Okafor" after "Grace Okafor"), the first name of a person
    known only by it ("Yusuf, 24, ..." then "Yusuf shrugs") and an acronym given
    in parentheses ("the BIA" after "Baltic Interconnector Authority (BIA)").
    A surname next to another capitalised word is a different name; a surname two
    people of the article share goes to the one introduced first (news style calls
    the principal by surname and a relative who shares it by first name: "Margaret
    Aldous ... her son Tom Aldous ... Aldous, 71, said")."""
    text = index.text
    forms: dict[str, str | None] = {}
    first_at: dict[str, int] = {}
    for m in index.mentions:
        first_at.setdefault(m.entity, m.start)
    for eid, ent in sorted(index.entities.items(), key=lambda kv: first_at.get(kv[0], 10**9)):
        if ent.type == "PERSON" and len(ent.name.split()) > 1:
            sur = ent.name.split()[-1]
            if len(sur) >= 3 and sur[0].isupper():
                forms.setdefault(sur, eid)
        elif ent.type == "PERSON" and len(ent.name) >= 3 and ent.name.isalpha() and ent.name[0].isupper() \
                and _known_first_name(ent.name):
            # a person known by a first name only ("Yusuf, 24, ... Yusuf shrugs")
            forms.setdefault(ent.name, eid)
        for a in ent.aliases:
            if re.fullmatch(ACRONYM_FORM, a) and a not in NO_PATTERN:
                forms[a] = None if a in forms and forms[a] != eid else eid
    for form, eid in forms.items():
        if eid is None:
            continue
        for m in re.finditer(rf"(?<![\w@-]){re.escape(form)}(?![\w-])", text):
            s, e = m.span()
            if any(x.start < e and s < x.end for x in index._near(s, e)):
                continue
            before = re.search(r"([A-Z][\w.'’-]*)\s+$", text[max(0, s - 40):s])
            if before:     # "Later Okafor": a capitalised word opening the sentence is no first name
                prefix = text[:s - len(before.group(0))].rstrip()
                if not prefix or prefix[-1] in ".!?\"”\n:":
                    before = None
            after = re.match(r"\s+([A-Z][\w'’-]*)", text[e:e + 40])
            if before or after:
                continue
            index._add_mention(eid, s, e)


ORG_WORDS = frozenset("""
ministry commission bank party council agency group company inc ltd corp corporation university
committee foundation association union front movement office court authority institute fund
organization organisation news times post daily radio tv television network service services
department board alliance federation league club centre center forces army navy police airlines
airways holdings partners capital media press agency assembly parliament congress senate house
tech college school hospital society chamber staff force command corps guard
minera grupo banco compania compañía empresa groupe societe société banca gruppo holding gmbh ag sa spa plc
exchange minerals industries technologies pharmaceuticals securities motors
forum coalition bureau observatory
chronicle herald tribune gazette courier journal observer telegraph beacon sentinel wire
bahn rail railway railways
airport airports
""".split())
# company words of Japanese, Indonesian, Malaysian, Australian and Finnish names ("Sakuragawa Kogyo")
FOREIGN_COMPANY_WORDS = frozenset("kogyo sangyo shoji seisakusho denki jukogyo kensetsu seiyaku shoken tbk bhd pty oyj"
                                  .split())
# words that make a name a company's whatever the recogniser says ("Minera Altoandina")
CORPORATE_WORDS = frozenset("""
minera grupo banco compania compañía empresa groupe societe société banca gruppo holdings gmbh plc inc ltd
corp corporation llc kabushiki kaisha
""".split()) | FOREIGN_COMPANY_WORDS


GENERIC_BODY = frozenset("""
ministry foreign defence defense interior justice finance health affairs of the for and office embassy
army navy air force forces police parliament government cabinet presidency central bank electoral
election commission security council service intelligence prosecutor prosecutor's general trade
economy economic agriculture education energy environment transport culture emergency emergencies
situations national guard border customs court supreme constitutional state department presidential
administration armed coast staff chiefs joint prime minister's minister’s president's president’s
investigative committee bureau statistics statistical meteorological
""".split())


def _inner_word_of(index: EntityIndex, gaz: Gazetteer, word: str, text: str) -> str | None:
    """The one organisation of the article whose longer name has ``word`` as one of its own
    words ("Lombarda" after or before "Banca Lombarda Unita", "Altiplano" for "Altiplano
    Copper Holdings"): a short form, not a new body. Never a word that names a kind of body,
    a place the gazetteer knows, or a word the article also writes in lower case."""
    w = norm(word)
    if not w.isalpha() or len(w) < 4 or w in ORG_WORDS or w in CORPORATE_SUFFIXES or w in CORPORATE_WORDS \
            or word in CLUB_WORDS or gaz.lookup(word, demonym=True) is not None \
            or re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return None
    owners = [eid for eid, ent in index.entities.items() if len(ent.name.split()) > 1
              and w in {norm(x) for x in ent.name.split()}]
    if len(owners) != 1 or index.entities[owners[0]].type != "ORG":
        return None
    return owners[0]


def _take_over(cands: list[_Cand], cand: _Cand, may_give_way: Any) -> list[_Cand]:
    """``cands`` with ``cand`` in place of the candidates it overlaps, when each of them may
    give way to it (a name found by its form over the recogniser's parts of it); else as they were."""
    over = [c for c in cands if c.start < cand.end and cand.start < c.end]
    if not all(may_give_way(c) for c in over):
        return cands
    return [c for c in cands if c not in over] + [cand]


def _plain_name_word(low: str) -> bool:
    """A word that can close a person's name: no title, organisation, company or place word."""
    return low not in TITLE_WORDS and low not in ORG_WORDS and low not in CORPORATE_SUFFIXES \
        and low not in PLACE_WORDS and low not in CORPORATE_WORDS


def _demonym_before(doc: Doc, gaz: Gazetteer, start: int) -> str | None:
    """"Polish" in "the Polish Digital Markets Authority": a capitalised nationality word
    between "the" and a name."""
    tok = _token_from(doc, start)
    if tok is None or tok.i < 2:
        return None
    prev, det = doc[tok.i - 1], doc[tok.i - 2]
    if not (prev.text[:1].isupper() and det.lower_ == "the" and prev.whitespace_):
        return None
    rec = gaz.lookup(prev.text, demonym=True)
    if rec is not None and rec.get("type") == "GPE" and norm(rec.get("name", "")) != norm(prev.text):
        return prev.text
    return None


def _country_qualified(doc: Doc, gaz: Gazetteer, start: int, surface: str) -> str | None:
    """"Foreign Ministry" right after "Russian" / "Russia's": the body of that
    country, named "Russian Foreign Ministry", so that the foreign ministries of
    two countries never merge. Only for names made of generic words."""
    if not all(w.lower() in GENERIC_BODY for w in surface.split()):
        return None
    tok = _token_from(doc, start)
    if tok is None or tok.i == 0:
        return None
    prev = doc[tok.i - 1]
    if prev.text in ("'s", "’s") and tok.i >= 2:
        prev = doc[tok.i - 2]
    if prev.ent_type_ not in ("NORP", "GPE", "ORG") or not prev.text[:1].isupper():
        return None
    owner = prev.text
    if prev.i > 0 and doc[prev.i - 1].pos_ == "PROPN" and doc[prev.i - 1].head.i == prev.i:
        # "South Korea's": the whole name, when the gazetteer knows it
        whole = f"{doc[prev.i - 1].text} {prev.text}"
        owner = whole if gaz.lookup(whole, demonym=True) is not None else owner
    rec = gaz.lookup(owner, demonym=True)
    if rec is not None and rec.get("type") == "GPE" and rec.get("demonyms"):
        prefix = rec["demonyms"][0]
    elif len(prev.text) >= 5 and rec is None:
        # a country the gazetteer does not know ("Ostravia's", which spaCy may even
        # type ORG): the article's own adjective for it ("Ostravian"), when it writes one
        stem = prev.text[:-1].lower()
        prefix = next((t.text for t in doc if t.ent_type_ == "NORP" and t.lower_.startswith(stem)), None)
        if prefix is None and prev.ent_type_ == "ORG":
            return None
        prefix = prefix or prev.text
    elif prev.ent_type_ == "ORG":
        return None
    else:
        prefix = prev.text
    return f"{prefix} {surface}"


CLUB_WORDS = frozenset("Rovers United FC City Athletic Wanderers Albion Rangers Celtic Hotspur".split())
# words that open a sports club's name, never a person's
CLUB_PREFIXES = frozenset("""Borussia Dynamo Dinamo Sporting Real Atlético Atletico Olympique Racing Inter
Lokomotiv Spartak Sparta Slavia Eintracht Fortuna Hertha Werder Bayer Deportivo Steaua Shakhtar Legia Hapoel
Maccabi Beitar Partizan Benfica Feyenoord Ajax""".split())


# what a company's short name leaves out ("NorthSky Airlines" -> "NorthSky")
CORPORATE_SUFFIXES = frozenset("""
airlines airways group holdings holding inc inc. ltd ltd. corp corp. corporation plc ag sa se nv co co.
company technologies motors energy pharmaceuticals pharma bank telecom media petroleum oil mining
minerals industries securities mobile telecoms telecommunications wireless networks
freight logistics shipping trucking foods systems chemicals steel electronics insurance brands capital
entertainment operations
""".split()) | FOREIGN_COMPANY_WORDS

# last words that make "First Word" a place, not a person ("Victoria Falls", "Jordan Valley")
PLACE_WORDS = frozenset("""
falls valley harbour harbor bay river lake city county hills hill park street road square bridge island
islands mountains mountain beach heights springs point port gardens garden airport station avenue lane
district province region state republic coast sea ocean gulf strait canal forest desert plains plain
creek woods wood village town cathedral church stadium arena hall palace castle tower centre center
""".split())


def _org_place_tail(doc: Doc, ent: Span) -> Span:
    """"the Organization for Security and Co-operation [in Europe]", "the Committee for
    the Defence of Human Rights [in Honduras]": a "for ..." name whose place tail spaCy
    cut off (not "Bank of America in London": no "for", or an organisation word last)."""
    i = ent.end
    if i + 1 >= len(doc) or doc[i].lower_ != "in" or ent.end_char != doc[i].idx - 1 \
            or not any(t.lower_ == "for" for t in ent) or ent[-1].lower_ in ORG_WORDS:
        return ent
    place = entity_span_at(doc, i + 1)
    if place is None or place.start != i + 1 or place.label_ not in ("GPE", "LOC"):
        return ent
    return doc[ent.start:place.end]


def _org_country_tail(doc: Doc, ent: Span, gaz: Gazetteer) -> Span:
    """"the Episcopal Conference [of Malawi]", "the Law Society [of Kenya]", "The Government
    [of Timor-Leste]": a body's name the recogniser ended before "of <country>" (a country the
    gazetteer knows, tagged on its own); the country is part of the body's name."""
    i = ent.end
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or ent.end_char != doc[i].idx - 1 or not words \
            or words[-1] not in ORG_WORDS | {"conference", "presidency"} or len(words) < 2 and words[-1] not in (
                "government", "parliament", "senate", "congress", "presidency", "cabinet") \
            or words[-1] == "party" or words[-1] in CORPORATE_SUFFIXES:
        return ent   # ("Vodafone Group of Britain", "the Labour Party of Britain": wire copy's description)
    # (a name the article also writes without the country is complete: "HSBC Holdings of Britain")
    if re.search(rf"(?<![\w-]){re.escape(ent.text.removeprefix('the ').removeprefix('The '))}(?!\s+of\b)",
                 doc_text(doc)[:ent.start_char] + doc_text(doc)[ent.end_char:]):
        return ent
    place = entity_span_at(doc, i + 1)
    if place is None or place.start != i + 1 or place.label_ != "GPE":
        return ent
    rec = gaz.lookup(place.text)
    if rec is None or rec.get("type") != "GPE" or not rec.get("demonyms"):
        return ent
    return doc[ent.start:place.end]


def _org_name_tail(doc: Doc, ent: Span) -> Span:
    """"The UN Working Group [on Arbitrary Detention]": spaCy often stops an
    organisation's name before its "on/for/of/against" tail; take the tail when it
    is one or more capitalised words that are no other entity (not "on Monday")."""
    i = ent.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("on", "for", "of", "against") or ent.end_char != doc[i].idx - 1:
        return ent
    j = i + 1
    while j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("and", "the", "of")) and doc[j].pos_ in (
            "PROPN", "NOUN", "ADJ", "CCONJ", "DET", "ADP") and doc[j].ent_type_ not in (
            "DATE", "TIME", "GPE", "PERSON", "NORP", "LOC", "CARDINAL"):
        j += 1
    while j > i + 1 and not doc[j - 1].is_title:
        j -= 1      # never end on "and"/"the"/"of"
    if j == i + 1 or not all(t.is_title or t.lower_ in ("and", "the", "of") for t in doc[i + 1:j]):
        return ent
    return doc[ent.start:j]


def _holder_name_start(doc: Doc, ent: Any) -> int:
    """Where a person's name starts inside an entity span that also holds the
    complement of the title before it ("President of [the Republic Aydin Kemalov]",
    "Minister of [Industry and Trade Bekzod Rahimov]"); 0 when it holds none.
    The title's "of" before the span (or an "of"/"and" inside it) marks the
    office; the name is its last two or three capitalised words opening with a
    first name (the gender list counts here: the office context already says a
    name follows)."""
    if len(ent) < 3:
        return 0
    if any(t.lower_ in ORG_WORDS | PLACE_WORDS for t in ent[-2:]):
        return 0  # "Marion Avenue Baptist Church", "Cape Breton Island": no person at the end
    # "Welder Zarina Usmonova told ...": an occupation opening the sentence, capitalised
    if len(ent) == 3 and ent[0].is_sent_start and ent[0].is_title and not _known_first_name(ent[0].text) \
            and ent[1].is_title and _known_first_name(ent[1].text) and ent[2].is_title and ent[0].lower_ not in HONORIFICS \
            and ent.label_ == "PERSON" and ent[0].text not in FAMILY_NAMES_FIRST:
        return 1
    if ent.label_ not in ("ORG", "PERSON", "NORP", "PRODUCT", "LAW", "WORK_OF_ART") \
            or ent.label_ == "PERSON" and not any(t.lower_ in ("of", "and") for t in ent):
        return 0
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "the" and ent.start > 1 and doc[ent.start - 2].lower_ == "of":
        before = "of"   # "Leader of the [Opposition Debabrata Saikia]"
    if before not in ("of", "to", "for") and not any(t.lower_ in ("of", "and") for t in ent[1:-2]):
        return 0   # ("Minister for [Inter-Provincial Coordination Asad Rehman]" holds a name too)
    for k in (len(ent) - 2, len(ent) - 3):
        if k < 1 or ent[k - 1].lower_ in ("of", "the", "and", "for", "'s", "’s", "-", "&"):
            continue
        name = ent[k:]
        if all(t.is_title and t.pos_ == "PROPN" and t.text.isalpha() for t in name) \
                and (_known_first_name(name[0].text) or k == len(ent) - 2 and ent[k - 1].lower_ in PORTFOLIO_WORDS) \
                and not any(t.lower_ in ORG_WORDS | PORTFOLIO_WORDS for t in name):
            return k
    return 0


# Last words of a minister's or office's portfolio ("Minister of Industry and Trade",
# "President of the Republic"): a capitalised pair after one is the holder's name
PORTFOLIO_WORDS = frozenset("""
affairs trade industry defence defense finance interior justice health education energy
economy agriculture transport state republic labour labor culture environment security
development commerce tourism communications investment infrastructure housing planning
treasury sport sports youth fisheries mines resources welfare opposition construction
""".split())


def _speaking_subject(doc: Doc, start: int) -> bool:
    """Whether the one-word name at ``start`` is the subject of a verb of speech."""
    tok = _token_from(doc, start)
    if tok is None or tok.dep_ not in ("nsubj",):
        return False
    from narrascope.quotes import speech_verbs
    return tok.head.lemma_.lower() in speech_verbs() | {"speak"}


NAME_PARTICLES = frozenset("du de da dos das van von der den ter ten di del della le la bin ibn".split())


# family names that East and South-East Asian news writes before the given name ("Tan Wei
# Liang", "Lim Boon Heng", "Nguyen Van An"): no occupation opening the sentence
FAMILY_NAMES_FIRST = frozenset("""
Tan Lim Lee Ng Wong Chan Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo
Gao Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng
Wei Su Lu Ding Ren Shen Yao Jin Kim Park Choi Jung Kang Cho Yoon Jang Shin Kwon Hwang Ahn Song Jeon Hong
Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Goh Teo Koh Ong Chua Yeo Low Tay Wee Sim Foo
Quek Chong Leong Cheung Lau Yip Tse Kwok Fung Chow Siew Loh Toh Heng Seah Khoo Ang Chia Lai
""".split())


def _looks_like_person(surface: str, text: str = "", *, titled: bool = False) -> bool:
    """Two or three capitalised words, no organisation word among them, and either
    a known first name first, the last word used alone elsewhere in the text
    ("Fatoumata Diallo ... Diallo said"), or (``titled``) a person's title before it."""
    words = surface.split()
    # a surname particle inside the name ("Riaan du Toit", "Ursula von der Berg")
    inner = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in NAME_PARTICLES)]
    if len(inner) < len(words) and len(words) > 4:
        return False
    if not (2 <= len(inner) <= (4 if titled else 3) and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in inner)):
        return False
    words = inner
    if any(w.lower() in ORG_WORDS for w in words) or words[-1].lower().rstrip(".") in CORPORATE_SUFFIXES \
            and len(words[-1]) > 3:
        return False
    if titled:
        return True
    if words[-1].lower() not in PLACE_WORDS and (
            _known_first_name(words[0])):
        return True     # "Derek Mills" typed GPE: a common first name (not "Victoria Falls", "Jordan Valley")
    last = re.escape(words[-1])
    # (the word written before the last one: "de" in "Centro Ciudadano de Vigilancia")
    before = surface.split()[-2]
    return bool(re.search(rf"(?<![\w-])(?<!{re.escape(before)} ){last}(?![\w-])(?!\s+[A-Z])", text))


# British court reporting names counsel by a participle: "Prosecuting, Helen Marsh said ..."
COUNSEL_PARTICIPLES = {"prosecuting": "prosecutor", "defending": "defence lawyer", "mitigating": "defence lawyer"}


# the head of an apposition that describes a company, not a person
BUSINESS_APPOSITIONS = {"maker", "manufacturer", "operator", "developer", "producer", "provider", "retailer",
                        "supplier", "carrier", "airline", "lender", "insurer", "owner", "company", "firm",
                        "chain", "publisher", "broadcaster", "distributor", "exporter", "importer", "startup",
                        "start-up", "conglomerate", "group", "bank", "brand"}


# nouns that, written right before a one-word name, say it is a company ("fuel group
# Sorelia"); not "developer"/"producer"/"publisher", which name people as often
BUSINESS_HEADS = {"company", "firm", "group", "conglomerate", "carrier", "airline", "lender", "insurer", "bank",
                  "miner", "manufacturer", "maker", "startup", "start-up", "retailer", "operator", "giant",
                  "multinational", "subsidiary", "supermarket", "automaker", "carmaker", "chipmaker", "telecom"}


def _named_after_business_noun(doc: Doc, name: str) -> bool:
    """The name written elsewhere right after a company noun the recogniser did not tag there
    ("accused the oil company Petrandina of ...")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc_text(doc)):
        if _business_before(doc, m.start(), name):
            return True
    return False


def _business_before(doc: Doc, start: int, surface: str) -> bool:
    if len(surface.split()) != 1:
        return False
    tok = _token_from(doc, start)
    if tok is None or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    return prev.pos_ == "NOUN" and prev.lower_ in BUSINESS_HEADS and prev.is_lower and not prev.is_sent_start


# apposition heads that describe a person ("X, an emerging-markets strategist at Y,")
PERSON_APPOSITION_HEADS = frozenset("""
strategist analyst economist lawyer attorney researcher consultant adviser advisor expert historian scientist
professor lecturer teacher student doctor nurse engineer farmer resident mother father son daughter widow
activist campaigner organiser organizer author writer journalist editor columnist novelist poet singer actor
actress artist player coach manager captain owner founder co-founder executive officer official diplomat
trader broker banker investor entrepreneur businessman businesswoman veteran worker employee volunteer
""".split())


def _person_apposition(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by ", a/an/the <person noun> ..."."""
    tok = _token_from(doc, end)
    if tok is None or tok.text != ",":
        return False
    for t in doc[tok.i + 1:min(len(doc), tok.i + 7)]:
        if t.text in (",", ".", ";") or t.pos_ in ("VERB", "AUX"):
            return False
        if t.pos_ == "NOUN" and (t.lower_ in PERSON_APPOSITION_HEADS or t.lower_ in TITLE_WORDS) and \
                doc[tok.i + 1].lower_ in ("a", "an", "the", "its", "their", "his", "her"):
            # ("In an interview with Pacific Tide, the Tuvaluan minister said": the clause's
            # subject after a fronted phrase, not a description of the name)
            return t.dep_ not in ("nsubj", "nsubjpass")
    return False


# heads a firm is described by as often as a person ("The government's adviser, Boston Consulting,")
FIRM_OR_PERSON_HEADS = {"adviser", "advisor", "manager", "owner", "counsel", "investor", "broker", "partner",
                        "sponsor", "consultant", "auditor", "contractor", "supplier", "lender"}


# a manager or adviser of these is a person ("her campaign manager, Eli Brandt,")
STAFF_COMPOUNDS = {"campaign", "press", "team", "office", "communications", "stage", "tour", "election",
                   "security", "policy", "chief"}


def _title_apposition(doc: Doc, start: int) -> bool:
    """Whether the name starting at ``start`` follows "<person noun>, " as its apposition
    ("Marrone's campaign manager, Eli Brandt, said")."""
    tok = _token_from(doc, start)
    if tok is None or tok.i < 2 or doc[tok.i - 1].text != ",":
        return False
    head = doc[tok.i - 2]
    staff = any(c.dep_ == "compound" and c.lower_ in STAFF_COMPOUNDS for c in head.children)  # "campaign manager"
    return head.pos_ == "NOUN" and head.is_lower and (head.lower_ in TITLE_WORDS
                                                      or head.lower_ in PERSON_APPOSITION_HEADS) \
        and (staff or head.lower_ not in BUSINESS_APPOSITIONS | FIRM_OR_PERSON_HEADS)


def _person_roles(doc: Doc, index: EntityIndex, eid: str, c: _Cand, start: int) -> None:
    role, gender = _title_role(doc, start)
    if role:
        index.add_role(eid, role)
    tok = _token_from(doc, start)
    if tok is not None and tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i - 2].is_sent_start \
            and doc[tok.i - 2].lower_ in COUNSEL_PARTICIPLES:
        index.add_role(eid, COUNSEL_PARTICIPLES[doc[tok.i - 2].lower_])
    if not role and tok is not None and tok.i >= 2 and doc[tok.i - 1].text == ",":
        # "Castlemere's chief executive, Richard Oyelaran,": a title before the name, set off
        # by a comma, whose apposition the name is
        root = c.span.root if c.span is not None else tok
        head = root.head
        if root.dep_ == "appos" and head.i == tok.i - 2 and head.pos_ == "NOUN" and (
                head.lower_ in TITLE_WORDS or any(w.lower_ in TITLE_WORDS for w in head.lefts)):
            first = head.left_edge
            dash = [t for t in doc[first.i:head.i] if t.text in ("-", "–", "—", "--")]
            if dash:
                first = doc[dash[-1].i + 1]   # (not the dateline: "HELSINKI - Finland's foreign minister")
            while first.i < head.i and first.dep_ == "det":
                first = doc[first.i + 1]
            index.add_role(eid, doc_text(doc)[first.idx:head.idx + len(head.text)])
    if gender:
        index.genders.setdefault(eid, gender)
    if c.span is not None:
        ap = _appos_role(doc, c.span)
        if ap and ap.split()[0].lower() in BUSINESS_APPOSITIONS and len(index.entities[eid].name.split()) == 1:
            # "Lumora, the maker of the popular Penny chatbot,": a company, whatever the
            # recogniser typed it
            index.entities[eid].type = "ORG"
        elif ap:
            index.add_role(eid, ap)


def _resolve_handle(index: EntityIndex, gaz: Gazetteer, surface: str, s: int, e: int) -> None:
    handle = surface.lstrip("@")
    parts = _handle_parts(handle)
    # "@AVucic" / "@antony_blinken" / "@SecBlinken": last part is a surname we know
    for eid, ent in list(index.entities.items()):
        if ent.type != "PERSON" or len(ent.name.split()) < 2:
            continue
        names = [norm(p) for p in ent.name.split()]
        low = [norm(p) for p in parts]
        joined = norm(handle.replace("_", ""))
        if (low and low[-1] == names[-1] and (len(low) == 1 or low[0][0] == names[0][0])) \
                or joined == "".join(names) or joined.endswith(names[-1]) and len(names[-1]) >= 4:
            index._add_mention(eid, s, e)
            return
    rec = gaz.lookup(handle)
    if rec is not None:
        index._ensure_gaz(rec, surface, (s, e))
        return
    index.add_entity(surface, "HANDLE", mention=(s, e))


def _acronym_aliases(index: EntityIndex) -> None:
    """"Long Name (LN)" in the text: every entity called "LN" joins the long name's."""
    for m in re.finditer(r"((?:[A-Z][\w'’-]*\s+)(?:(?:of|for|and|the|on|in|de)\s+|[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+"
                         rf"\(({ACRONYM_FORM})\)", index.text):
        long_id = index.entity_at(m.start(1), m.end(1))
        if not long_id or index.entities[long_id].type == "PERSON":
            continue   # ("Alice Weidel (AfD)", "Lando Norris (McLaren)": the person's party or team)
        acr = m.group(2)
        for eid in [i for i, e in index.entities.items() if i != long_id and e.name == acr]:
            for mm in index.mentions:
                if mm.entity == eid:
                    mm.entity = long_id
            del index.entities[eid]
        if index.entity_at(m.start(2), m.end(2)) is None:
            index._add_mention(long_id, m.start(2), m.end(2))
        ent = index.entities[long_id]
        if acr not in ent.aliases:
            ent.aliases.append(acr)


# --------------------------------------------------------------------------- corpus


@dataclass
class CorpusLink:
    entities: list[Entity]          # canonical entities of the corpus
    remap: dict[str, str]           # article-level entity id -> corpus entity id


def link_corpus(indexes: list[EntityIndex], existing: Iterable[Entity] = ()) -> CorpusLink:
    """Merge the articles' entities into corpus entities.

    Same normalised name -> same entity (ids are name hashes, so this also
    reuses the store's ids). A bare surname joins the one full name in the
    corpus (or store) that ends with it; when two people share the surname it
    stays apart. Returns the merged entities touched by ``indexes`` and the
    article-level -> corpus id map.
    """
    # the gazetteer the articles were read with (shipped, or extended by --aliases)
    gaz = next((i.gazetteer for i in indexes if i.gazetteer is not None), None) or load_gazetteer()
    merged: dict[str, Entity] = {}
    for e in existing:
        merged[e.id] = e.model_copy(deep=True)
    touched: set[str] = set()
    for idx in indexes:
        for e in idx.entities.values():
            touched.add(e.id)
            if e.id in merged:
                _merge_into(merged[e.id], e)
            else:
                merged[e.id] = e.model_copy(deep=True)
    # surname -> full-name persons
    full: dict[str, list[str]] = {}
    for e in merged.values():
        if e.type == "PERSON" and len(e.name.split()) > 1:
            full.setdefault(norm(e.name.split()[-1]), []).append(e.id)
    remap: dict[str, str] = {}
    for eid in list(touched):
        e = merged[eid]
        # only people, or a bare name spaCy mistyped that the gazetteer does not know
        # (never the country Jordan into Michael Jordan)
        gaz_known = gaz.lookup(e.name, demonym=True) is not None
        if len(e.name.split()) == 1 and not e.stands_for and (
                e.type == "PERSON" or (e.type in ("ORG", "GPE", "NORP") and not gaz_known)):
            cands = full.get(norm(e.name), [])
            if len(cands) == 1 and cands[0] != eid:
                target = merged[cands[0]]
                _merge_into(target, e)
                remap[eid] = target.id
                touched.add(target.id)
                continue
        remap[eid] = eid
    out = [merged[i] for i in sorted(touched) if remap.get(i, i) == i]
    for e in out:
        if e.stands_for:
            e.stands_for = remap.get(e.stands_for, e.stands_for)
    return CorpusLink(entities=out, remap=remap)


def _merge_into(target: Entity, other: Entity) -> None:
    for a in [other.name, *other.aliases]:
        if a != target.name and a not in target.aliases:
            target.aliases.append(a)
    for r in other.roles:
        if r.lower() not in (x.lower() for x in target.roles):
            target.roles.append(r)
    if not target.stands_for and other.stands_for:
        target.stands_for = other.stands_for
    for k in other.known_names:
        if k not in target.known_names:
            target.known_names.append(k)
