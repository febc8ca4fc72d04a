"""The health vocabulary (interventions, conditions, outcomes) as data, and matching it in text."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import VocabularyError

__all__ = ["Term", "Match", "Vocabulary", "load_vocabulary", "misread_abbreviations", "TERM_KINDS"]

TERM_KINDS = ("intervention", "condition", "outcome")
_SECTION_OF_KIND = {"intervention": "interventions", "condition": "conditions", "outcome": "outcomes"}


@dataclass(frozen=True)
class Term:
    """One vocabulary entry: a canonical name, its synonyms and MeSH headings."""

    kind: str
    name: str
    synonyms: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()  # matched case-sensitively ("DN", "MTrPs")
    mesh: tuple[str, ...] = ()
    neighbours: tuple[str, ...] = ()  # related but different interventions (acupuncture for DN)
    category: str = ""

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.synonyms)


@dataclass(frozen=True)
class Match:
    """A vocabulary term found in a text, with its character span."""

    term: Term
    start: int
    end: int
    surface: str


class Vocabulary:
    """Interventions, conditions and outcomes, loaded from JSON data files that users can extend.

    The packaged file is ``claims/data/vocabulary.json``; extra files given to :meth:`load` or
    named in ``CLAIM_AUDIT_VOCABULARY`` (``os.pathsep``-separated) add terms or extend existing
    ones (synonyms and MeSH headings are merged by canonical name).
    """

    def __init__(self, terms: Iterable[Term], version: str = "") -> None:
        self.version = version
        self._terms: dict[tuple[str, str], Term] = {}
        for term in terms:
            key = (term.kind, term.name.lower())
            old = self._terms.get(key)
            if old is not None:
                term = Term(
                    kind=term.kind,
                    name=old.name,
                    synonyms=_merge(old.synonyms, term.synonyms),
                    abbreviations=_merge(old.abbreviations, term.abbreviations),
                    mesh=_merge(old.mesh, term.mesh),
                    neighbours=_merge(old.neighbours, term.neighbours),
                    category=term.category or old.category,
                )
            self._terms[key] = term
        # synonyms and abbreviations by kind, first term wins (the order get() scanned them in)
        self._aliases: dict[tuple[str, str], Term] = {}
        for term in self._terms.values():
            for alias in [s.lower() for s in term.synonyms]:
                self._aliases.setdefault((term.kind, alias), term)
            for abbreviation in term.abbreviations:
                self._aliases.setdefault((term.kind, "\0" + abbreviation), term)
        self._pattern_cache: dict[str | None, tuple[list[re.Pattern[str]], dict[str, Term]]] = {}
        self._found: dict[tuple[str, str | None], tuple[Match, ...]] = {}  # memo of find()
        self._without: dict[frozenset[str], Vocabulary] = {}  # memo of without_abbreviations()

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "<dict>") -> Vocabulary:
        return cls(_terms_from_dict(data, source), version=str(data.get("version", "")))

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> Vocabulary:
        """The packaged vocabulary plus any extra files (and ``CLAIM_AUDIT_VOCABULARY``)."""
        packaged = resources.files("claims").joinpath("data/vocabulary.json").read_text("utf-8")
        data = json.loads(packaged)
        terms = list(_terms_from_dict(data, "claims/data/vocabulary.json"))
        version = str(data.get("version", ""))
        paths = [Path(p) for p in extra]
        env = os.environ.get("CLAIM_AUDIT_VOCABULARY", "")
        paths += [Path(p) for p in env.split(os.pathsep) if p]
        for path in paths:
            try:
                extra_data = json.loads(path.read_text("utf-8"))
            except FileNotFoundError:
                raise VocabularyError(f"vocabulary file not found: {path}") from None
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise VocabularyError(f"vocabulary file {path} is not valid JSON: {exc}") from None
            added = _terms_from_dict(extra_data, str(path))
            # a user's file wins a name it gives another term: its "gong bath" is its gong therapy, not the packaged sound bath
            claimed = {(t.kind, form.lower()): t.name.lower() for t in added for form in (t.name, *t.synonyms)}
            terms = [replace(t, synonyms=tuple(form for form in t.synonyms
                                               if claimed.get((t.kind, form.lower()), t.name.lower()) == t.name.lower()))
                     for t in terms]
            terms += added
            version += f"+{path.stem}:{extra_data.get('version', '')}"
        return cls(terms, version=version)

    def without_abbreviations(self, abbreviations: Iterable[str]) -> Vocabulary:
        """A copy whose terms no longer answer to these abbreviations (an article that uses "EMS" for
        something else than the vocabulary's EMS); the same object when there is nothing to drop."""
        drop = frozenset(abbreviations)
        if not drop:
            return self
        if drop not in self._without:  # the same article kinds drop the same abbreviations: compile their patterns once
            terms = [replace(t, abbreviations=tuple(a for a in t.abbreviations if a not in drop)) for t in self._terms.values()]
            self._without[drop] = Vocabulary(terms, version=self.version)
        return self._without[drop]

    # -- lookup --------------------------------------------------------------------------
    def terms(self, kind: str | None = None) -> list[Term]:
        return [t for t in self._terms.values() if kind is None or t.kind == kind]

    def get(self, name: str, kind: str | None = None) -> Term | None:
        """The term with this canonical name, synonym or abbreviation, or None."""
        low = name.lower()
        for k in (kind,) if kind else TERM_KINDS:
            term = self._terms.get((k, low))
            if term is not None:
                return term
        for k in (kind,) if kind else TERM_KINDS:
            term = self._aliases.get((k, low)) or self._aliases.get((k, "\0" + name))
            if term is not None:
                return term
        return None

    def entry(self, name: str, kind: str | None = None) -> Term:
        term = self.get(name, kind)
        if term is None:
            raise KeyError(name)
        return term

    def find(self, text: str, kind: str | None = None) -> list[Match]:
        """Terms in ``text``, longest match first, no overlaps, in text order."""
        cached = self._found.get((text, kind))
        if cached is not None:
            return list(cached)
        found = self._find(text, kind)
        if len(self._found) > 20000:
            self._found.clear()
        self._found[(text, kind)] = tuple(found)
        return found

    def _find(self, text: str, kind: str | None) -> list[Match]:
        patterns, by_surface = self._pattern(kind)
        candidates: list[tuple[int, int, str]] = []
        for pattern in patterns:
            candidates += [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
        if len(patterns) > 1:
            candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        found: list[Match] = []
        last_end = -1
        for start, end, surface in candidates:
            if start < last_end:
                continue
            key = _key(surface)
            term = by_surface.get(surface) or by_surface.get(key)
            if term is None and key.endswith("s"):
                term = by_surface.get(key[:-1]) or (by_surface.get(key[:-2]) if key.endswith("es") else None)
            if term is None:
                continue
            other = _OTHER_SENSE.get(term.name)
            if other is not None and key in other[0] and other[1].match(text, end):
                continue  # "ginger hair", "her ginger cat": not the root
            before = _OTHER_KIND.get(term.name)
            if before is not None and key in before[0] and before[1].search(text[max(0, start - 20) : start]):
                # "black cherry juice", "sweet cherry juice": another fruit's juice, not tart cherry; "blue light therapy
                # boxes": the shorter name inside it ("light therapy") may still name a term
                inner = _inner_name(text, start, surface, by_surface, kind)
                if inner is None:
                    continue
                term, end, surface = inner
            route = _OTHER_ROUTE.get(term.name)
            if route is not None and key in route[0] and route[1].search(_sentence_around(text, start, end)):
                continue
            if surface in _AGENCY and (_AGENCY[surface][0].search(text[max(0, start - 30) : start])
                                       or _AGENCY[surface][1].match(text, end)):
                continue  # "The FDA and EPA advise …", "EPA guidance": the US Environmental Protection Agency
            found.append(Match(term=term, start=start, end=end, surface=surface))
            last_end = end
        return found

    def _pattern(self, kind: str | None) -> tuple[list[re.Pattern[str]], dict[str, Term]]:
        cached = self._pattern_cache.get(kind)
        if cached is not None:
            return cached
        by_surface: dict[str, Term] = {}
        ci_forms: list[str] = []
        cs_forms: list[str] = []
        for term in self.terms(kind):
            for form in term.surface_forms:
                by_surface.setdefault(_key(form), term)
                ci_forms.append(form)
            for abbr in term.abbreviations:
                by_surface.setdefault(abbr, term)
                cs_forms.append(abbr)
        patterns: list[re.Pattern[str]] = []
        for forms, flags in ((ci_forms, re.IGNORECASE), (cs_forms, 0)):
            if forms:
                alternatives = sorted({_form_regex(f) for f in forms}, key=len, reverse=True)
                body = _by_first_character(alternatives, ignore_case=flags == re.IGNORECASE)
                # (a hyphenated title phrase names both: "My Acupuncture-for-Migraine Diary", not "acupuncture-style"; a
                # product made from it names it: "a molasses-based drink", "a turmeric-infused tea")
                patterns.append(re.compile(r"(?:(?<![\w-])|(?<=\w-for-)|(?<=\w-and-)|(?<=\w-with-))(?:" + body
                                           + r")(?!\w)(?:(?=-(?:for|and|with)-\w)|(?=-(?:based|infused|enriched|fortified)\b(?!\s+(?:fillers?|antacids?|sunscreens?"
                                           r"|moisturi[sz]ers?|creams?|serums?|gels?|lotions?|injections?|balms?|ointments?)\b))"
                                           r"|(?!-))", flags))
        self._pattern_cache[kind] = (patterns, by_surface)  # type: ignore[assignment]
        return patterns, by_surface


# a bare name in another sense: (the surface forms it applies to, what follows them)
_OTHER_SENSE = {
    # "a cycling accident", "track cycling events", "cycling shorts": the sport or its kit, not the exercise
    "cycling": (frozenset({"cycling"}), re.compile(r"[\s-]+(?:accidents?|events?|races?|club|clubs|helmets?|shorts|shoes|jersey|kit"
                                                   r"|lanes?|routes?|holidays?|injur\w*|crash\w*|proficiency|gloves|computer)\b",
                                                   re.IGNORECASE)),
    # "sleep for longer stretches at night", "long stretches of sleep", "long stretches on the sofa": spans of time
    "stretching": (frozenset({"stretches"}), re.compile(
        r"\s+(?:of\s+(?:sleep|time|the (?:day|night))|at a time|on (?:the|a|your) (?:sofa|couch|settee))\b"
        r"|(?:(?<=[Ll]ong stretches)|(?<=[Ll]onger stretches))\s+at night\b", re.IGNORECASE)),
    "ginger supplements": (frozenset({"ginger"}), re.compile(
        r"[\s-]+(?:hair\w*|haired|heads?|beards?|colou?r\w*|locks|curls|cats?|toms?|kittens?|dogs?|puppy|biscuits? tin)\b",
        re.IGNORECASE)),
    # "keto flu", "Keto ACV Gummies", "Keto BHB capsules", "keto-friendly snacks": a product or a side effect named after the
    # diet, not the diet
    "ketogenic diet": (frozenset({"keto"}), re.compile(r"[\s-]*(?:flu|gumm\w*|pills?|capsules?|tablets?|bhb|salts?|breath|snacks?"
                                                      r"|bread|cookbooks?|friendly|acv|//\s*os|os\b|drops|shakes?|bars?|coffee"
                                                      r"|supplements?|products?|rash)\b", re.IGNORECASE)),
    # "iron out the knots", "an iron-clad guarantee", "a cast iron pan", "an iron lung": not the mineral
    "iron": (frozenset({"iron"}), re.compile(r"[\s-]+(?:out\b(?!\s+of\b)|(?:them|it|things) out\b|clad\b|pans?\b|skillets?\b"
                                             r"|pots?\b|lungs?\b|gates?\b|railings?\b)", re.IGNORECASE)),
    # "memory foam", "a memory stick", "memory card": a material or a gadget, not the mind's
    "cognitive function": (frozenset({"memory"}), re.compile(r"[\s-]+(?:foam|sticks?|cards?|chips?)\b", re.IGNORECASE)),
    # "nettle rash", "a nettle sting", "nettle-stung ankles": the weed's sting, not the herbal remedy
    "stinging nettle": (frozenset({"nettle", "nettles"}), re.compile(r"[\s-]+(?:rash\w*|stings?|stung|welts?|patch(?:es)?|beds?)\b",
                                                                    re.IGNORECASE)),
    # "taping your mouth shut": mouth tape for snoring, not kinesiology tape
    "kinesio taping": (frozenset({"taping"}), re.compile(r"[\s-]+(?:your|the|their|his|her|my) (?:mouth|lips)\b", re.IGNORECASE)),
    # "a graded return to work", "a graded return to driving": back to a job or an everyday task, not to sport
    "graded return to play": (frozenset({"graded return"}), re.compile(r"[\s-]+to[\s-]+(?:work|the office|the workplace|duties|normal duties"
                                                                       r"|driving)\b", re.IGNORECASE)),
    # "EFT payments", "EFT transfers", "EFT or card": an electronic funds transfer, not tapping
    "emotional freedom techniques": (frozenset({"eft"}), re.compile(r"\s*(?:payments?\b|transfers?\b|/\s*(?:eftpos|card|cash)\b"
                                                                    r"|(?:or|and|&)\s+(?:card|cash|cheque|credit card|eftpos)\b)",
                                                                    re.IGNORECASE)),
    # "the course walks you through the points": a guide, not a walk
    "walking": (frozenset({"walks", "walk", "walking"}), re.compile(r"[\s-]+(?:you|them|us|me|him|her|readers|clients|patients|parents)"
                                                                   r"(?: \w+)? through\b", re.IGNORECASE)),
    # "a floating rib", "a floating kidney", "floating specks in your vision", "thoughts floating past": not a float tank
    "flotation therapy": (frozenset({"floating"}), re.compile(
        r"[\s-]+(?:ribs?|kidneys?|kneecaps?|patella\w*|knees?|shoulders?|toes?|thumbs?|specks?|spots?|floaters?|bits|shapes"
        r"|debris|particles?|cells?|past|by|around|away|off|along|on (?:air|a cloud|cloud nine))\b", re.IGNORECASE)),
    # protein the kidneys let through: "more protein in your urine than usual", "leaking more protein into the urine": a test
    # result, not what you eat
    "dietary protein": (frozenset({"more protein", "enough protein"}), re.compile(
        r"\s+(?:than (?:normal|usual) )?(?:in|into|through) (?:the |your |his |her |their )?(?:urine|wee|pee)\b", re.IGNORECASE)),
    # the body's own salts: "electrolytes in your blood", "her electrolytes were low", "electrolytes levels": not a drink
    "electrolyte drinks": (frozenset({"electrolytes"}), re.compile(
        r"\s+(?:in (?:your |the |his |her |their )?(?:blood\w*|urine|serum|plasma)\b|levels?\b|panel\b|tests?\b"
        r"|(?:are|were|was|is) (?:very |too |dangerously )?(?:low|high|normal|abnormal|off|deranged|checked|tested|measured)\b)",
        re.IGNORECASE)),
    # "a singing bowl session": a sound bath's bowl, not singing ("singing the praises of yoga": an idiom)
    # ("why Rowan Lounge is singing again": what someone is doing again, not the practice the page credits)
    "singing": (frozenset({"singing"}), re.compile(r"[\s-]+(?:bowls?|(?:the |its |their |his |her |our |your )?praises|again)\b",
                                                   re.IGNORECASE)),
    # "grounding skills you can use between sessions", "a grounding technique for panic", "a good grounding in anatomy":
    # a therapist's calming tool or a schooling, not earthing; nor yoga's or a therapist's steadying kind ("grounding poses
    # such as mountain pose", "a slow, grounding practice", "the 5-4-3-2-1 grounding method", "is grounding and calming")
    "grounding": (frozenset({"grounding"}), re.compile(
        r"[\s-]+(?:skills?|techniques?|exercises?|tools?|statements?|objects?|in|poses?|postures?|asanas?|practices?|flows?"
        r"|sequences?|routines?|methods?|strategies|strategy|meditations?|breath\w*|yoga|rituals?|wires?|and (?:calming|centring"
        r"|centering|soothing|restorative|steadying|settling))\b"
        # (but "grounding practices like walking barefoot on grass" are earthing)
        r"(?![^.]{0,60}\b(?:barefoot|earth(?:ing)?|grass|sand|soil|grounding (?:mats?|sheets?)|earthing (?:mats?|sheets?))\b)",
        re.IGNORECASE)),
    # "falls asleep", "falls short", "falls within the normal range", "falls into two groups": the verb, not a fall
    "falls": (frozenset({"falls"}), re.compile(r"\s+(?:asleep|short|within|into|under|below|apart|silent|away|behind|between)\b",
                                               re.IGNORECASE)),
    # "On balance, the evidence is weak" is no postural balance: "the balance of evidence", "balance your hormones"
    "balance": (frozenset({"balance"}), re.compile(
        r"[\s,]+(?:of (?:the )?(?:evidence|probabilit(?:y|ies)|power|risks?|benefits?|payments?)|your (?:hormones?|blood sugar|mood|diet"
        r"|plate|meals?|gut|books|budget|energy)|out)\b", re.IGNORECASE)),
    # "pacing up and down the ward", "pacing the corridor": walking to and fro, not activity pacing
    "pacing": (frozenset({"pacing"}), re.compile(
        r"\s+(?:up and down|back and forth|to and fro|the (?:floor|room|corridor|ward|hall(?:way)?|kitchen|landing|house))\b",
        re.IGNORECASE)),
    # "nicotinamide riboside", "nicotinamide mononucleotide", "nicotinamide adenine dinucleotide (NAD)": NAD boosters, not
    # the skin-care vitamin
    "niacinamide": (frozenset({"nicotinamide"}), re.compile(r"[\s-]+(?:riboside|mononucleotide|adenine)\b", re.IGNORECASE)),
    # "stroke your baby's back", "a stroke of luck", "strokes of the brush": a touch or a turn of phrase, not the illness
    "stroke": (frozenset({"stroke", "strokes"}), re.compile(
        r"[\s-]+(?:your|the|his|her|their|its|it|them|him|my|gently|softly|lightly|firmly|slowly|along|over|down|up|across|towards?"
        r"|of (?:luck|genius|midnight|the (?:brush|pen|hand|oar|clock)))\b", re.IGNORECASE)),
}


# a bare synonym that a modifier before it turns into something else: (the bare keys, the modifier before them)
_OTHER_KIND = {
    # "Strong pelvic floor muscles act like a hammock": a simile, not sleeping in one
    "hammock sleeping": (frozenset({"hammock", "hammocks"}), re.compile(r"\b(?:like|as|form(?:s|ing)?)\s+an?\s+$", re.IGNORECASE)),
    # "sleeping in two-hour stretches", "lying on your back for long stretches": spans of time, not stretching
    "stretching": (frozenset({"stretches"}), re.compile(r"\b(?:\w+-hour|hour-long|(?:for|in) (?:long|longer|short))[\s-]+$",
                                                         re.IGNORECASE)),
    "tart cherry": (frozenset({"cherry juice", "cherry juices", "cherry concentrate", "cherry concentrates"}), re.compile(
        r"\b(?:sweet|black|bing|maraschino|rainier|sweetened|glac[e\u00e9]|wild|dark)[\s-]+$", re.IGNORECASE)),
    # "pomegranate molasses", "date molasses": another fruit's syrup, not blackstrap
    "blackstrap molasses": (frozenset({"molasses"}), re.compile(r"\b(?:pomegranate|grape|date|carob|beet|mulberry|fig)[\s-]+$",
                                                                re.IGNORECASE)),
    # "keep your metabolism humming", "keeps things humming along": running smoothly, not the breathing practice
    "humming": (frozenset({"humming"}), re.compile(r"\b(?:metabolism|engines?|things|everything|systems?|machines?|motors?|business"
                                                   r"|energy|body)[\s-]+$", re.IGNORECASE)),
    # "glycated haemoglobin (HbA1c)": a blood sugar measure
    "haemoglobin": (frozenset({"haemoglobin", "hemoglobin"}), re.compile(r"\b(?:glycated|glycosylated)[\s-]+$", re.IGNORECASE)),
    # "shin splints": a running injury, not a brace
    "orthotic brace": (frozenset({"splint", "splints", "splinting"}), re.compile(r"\bshin[\s-]+$", re.IGNORECASE)),
    # "mouth taping" for snoring: tape over the lips at night, not kinesiology tape
    "kinesio taping": (frozenset({"taping"}), re.compile(r"\bmouth[\s-]+$", re.IGNORECASE)),
    # "We accept cash, card and EFT", "pay by EFT": a bank transfer, not tapping
    "emotional freedom techniques": (frozenset({"eft"}), re.compile(
        r"\b(?:cash|cards?|cheques?|bank transfer|eftpos|pay|paid|payment|payments|accept(?:s|ed)?)(?:\s+by)?[\s,/&]*(?:(?:and|or)\s+)?$",
        re.IGNORECASE)),
    # "eye yoga", "face yoga": eye or facial exercises that borrow the name, not the practice of yoga
    "yoga": (frozenset({"yoga"}), re.compile(r"\b(?:eyes?|face|facial)[\s-]+$", re.IGNORECASE)),
    # "Less bleeding when they floss", "if you floss daily": the reader's own habit in passing, not flossing credited
    # ("candy floss", "cotton floss": a sweet or a thread)
    "flossing": (frozenset({"floss"}), re.compile(r"\b(?:you|they|I|we|he|she|people|patients|kids|children)\s+(?:\w+ly\s+)?$"
                                                    r"|\b(?:candy|cotton)[\s-]+$", re.IGNORECASE)),
    # "Your blood pressure falls when you stand", "as night falls", "her heart rate falls during sleep": a reading or the
    # dark that falls, not a person's fall
    "falls": (frozenset({"falls"}), re.compile(
        r"\b(?:pressure|rate|levels?|temperature|weight|night|darkness|price|cost|sugar|glucose|count|score|reading|pulse|oxygen"
        r"|saturation)\s+$", re.IGNORECASE)),
    # "work-life balance", "your skin's pH balance", "hormonal balance", "gut flora balance": another balance than the body's
    # steadiness ("On balance, the evidence is weak": on the whole; not "we work on balance")
    "balance": (frozenset({"balance"}), re.compile(
        r"(?:^|[.!?;:,]\s*|\b(?:but|and|so|yet)\s+)on\s+$|\b(?:work[\s/-]?life|life|ph|hormon(?:e|al)|account|bank|acid[\s-]base|fluid|electrolyte|gut|bacterial|microbial|flora"
        r"|nutritional|nutrient|chemical|water|energy|calorie|mineral|moisture|oil|sugar|skin['\u2019]s)[\s-]+$", re.IGNORECASE)),
    # "race pacing", "marathon pacing": a runner's speed, not activity pacing
    "pacing": (frozenset({"pacing"}), re.compile(r"\b(?:race|racing|running|marathon|run|tempo|split|mile|5k|10k)[\s-]+$",
                                                 re.IGNORECASE)),
    # "long, flowing strokes", "gliding strokes", "each stroke", "heat stroke": a massage movement or another illness
    "stroke": (frozenset({"stroke", "strokes"}), re.compile(
        r"\b(?:long|slow|gentle|flowing|gliding|rhythmic|light|firm|sweeping|upward|downward|circular|each|every|short|brush"
        r"|massage|soft|deep|smooth|broad|stroking|feathery|feather|effleurage|kneading|few|several|swimming|heat|back|breast"
        r"|fan|petrissage|sliding|slower|longer|lighter|firmer|soothing|calming|relaxing)[\s,-]+(?:and\s+[\w-]+\s+)?$",
        re.IGNORECASE)),
    # "stung by nettles", "a patch of nettles": the weed itself, not the remedy ("grasp the nettle": an idiom)
    "stinging nettle": (frozenset({"nettle", "nettles"}), re.compile(
        r"\b(?:stung by|brushed against|fell into|a (?:patch|bed|clump) of|grasp(?:s|ed|ing)? the)\s+(?:the\s+|some\s+)?$",
        re.IGNORECASE)),
    # "blue light therapy boxes" for acne, "an infrared light therapy lamp": another light than the bright white light
    # for low mood and body clocks ("blue light glasses", "amber light glasses": glasses that block light)
    "bright light therapy": (frozenset({"light therapy box", "light therapy boxes", "light therapy lamp", "light therapy lamps",
                                        "light box", "light boxes", "lightbox", "lightboxes", "light glasses"}), re.compile(
        r"\b(?:blue|red|infrared|near[\s-]infrared|uv|uvb|ultraviolet|led|colou?red|green|amber)[\s-]+$", re.IGNORECASE)),
    # "pumping iron" (lifting weights), "cast iron", "a curling iron": not the mineral
    "iron": (frozenset({"iron"}), re.compile(r"\b(?:pump\w*|cast|wrought|curling|steam|soldering|pig|corrugated)[\s-]+$",
                                             re.IGNORECASE)),
    # "thoughts floating past", "specks floating in your vision": something else that floats
    "flotation therapy": (frozenset({"floating"}), re.compile(r"\b(?:thoughts?|ideas?|clouds?|specks?|spots?|floaters|debris)[\s-]+$",
                                                              re.IGNORECASE)),
    # what a product holds, set beside another: "Each serving has more protein than an egg", "The bars contain more protein":
    # the product's content, not eating more protein
    "dietary protein": (frozenset({"more protein"}), re.compile(
        r"\b(?:has|contains?|packs?|provides?|delivers?|boasts?|offers?)\s+(?:(?:far|much|even|significantly|\d+\s*g|\d+%)\s+)?$", re.IGNORECASE)),
    # "a disc prolapse", "rectal prolapse", "mitral valve prolapse": another organ's prolapse, not the pelvic organs'
    # ("disc prolapse" names a herniated disc)
    "pelvic organ prolapse": (frozenset({"prolapse", "prolapses"}), re.compile(
        r"\b(?:rectal|rectum|anal|mitral(?:[\s-]+valve)?|valve|haemorrhoid(?:al)?|hemorrhoid(?:al)?|cord|stoma|disc|disk|spinal"
        r"|lumbar|cervical|intervertebral)[\s-]+$", re.IGNORECASE)),
    # "faecal incontinence", "bowel incontinence": leaking from the bowel, not the bladder
    "urinary incontinence": (frozenset({"incontinence"}), re.compile(r"\b(?:faecal|fecal|bowel|anal|double)[\s-]+$", re.IGNORECASE)),
    # "bone loss after the menopause", "women past menopause": the time of life the claim is about, not menopause treated
    # ("eases the menopause", "through the menopause" still name it)
    "menopause": (frozenset({"menopause", "the menopause"}), re.compile(r"\b(?:after|since|past|beyond|post)[\s-]+(?:the\s+)?$",
                                                                      re.IGNORECASE)),
    # "low electrolytes", "checks your electrolytes", "serum electrolytes": the levels a blood test reads, not a drink
    "electrolyte drinks": (frozenset({"electrolytes"}), re.compile(
        r"\b(?:low|high|abnormal|deranged|imbalanced|serum|plasma|blood|urine|(?:check|test|measur|monitor)\w*(?: (?:your|the|her|his|their))?)\s+$",
        re.IGNORECASE)),
}


# a bare synonym that another way of giving it, named in the same sentence, takes over: (the bare keys, that way)
_OTHER_ROUTE = {
    # "This blend delivers electrolytes … straight into your bloodstream", "give electrolytes through a drip", "a blood
    # test to check your electrolytes": an IV drip's contents or a blood test's reading, not an electrolyte drink
    "electrolyte drinks": (frozenset({"electrolytes"}), re.compile(
        r"\b(?:IV|intravenous\w*|drips?|infusions?|veins?|bloodstream|cannula|blood (?:tests?|results?|work|samples?))\b", re.IGNORECASE)),
    # (another thing the same letters stand for: "reduced carotid intima-media thickness (CIMT)", "CIMT, a scan of the artery
    # wall" on a page about nattokinase, vitamin K2 or omega-3, not constraint-induced movement therapy)
    "constraint-induced movement therapy": (frozenset({"cimt"}), re.compile(
        r"\b(?:carotid|intima\w*|arter(?:y|ies|ial)|atheroscleros\w*|plaque|ultrasound)\b", re.IGNORECASE)),
}


# an abbreviation that also names an agency: (what comes before it, what follows it) in that sense
_AGENCY = {
    "EPA": (re.compile(r"(?:\b(?:FDA|USDA|CDC|U\.?S\.?)\s*(?:and|&|/|or)\s*(?:the\s+)?|\bU\.?S\.?\s+)$"),
            re.compile(r"\s*(?:(?:and|&|/)\s*(?:the\s+)?(?:FDA|USDA|CDC)\b|\(?Environmental Protection|\s(?:guidance|advises?|advice"
                       r"|recommends?|recommendations?|says|said|warns?|standards?|limits?|guidelines?|regulations?|website|states?)\b)")),
}


_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n")
_SENTENCE_CLOSE = re.compile(r"[.!?](?:\s|$)|\n")
_SPACES = re.compile(r"\s*")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]`` (looking back a window at a time, not over the whole page)."""
    lo, step = start, 2000
    opening = None
    while opening is None and lo > 0:
        lo = max(0, lo - step)
        step *= 2  # (twice as long each time: a page without a break is read a bounded number of times)
        last = None
        for found in _SENTENCE_BREAK.finditer(text, lo, start):
            last = found
        spaces = _SPACES.match(text, lo, start)
        if last is not None and not (lo > 0 and last.group() == "\n" and spaces is not None and spaces.end() >= last.start()):
            opening = last.end()  # (only newlines in a run of spaces that began before the window: "word.\n  term", look further back)
    close = _SENTENCE_CLOSE.search(text, end)
    return text[opening or 0 : close.start() if close else len(text)]


def _inner_name(text: str, start: int, surface: str, by_surface: dict[str, Term], kind: str | None) -> tuple[Term, int, str] | None:
    """The longest shorter name that opens ``surface`` (whole words) and names a term of another name: "light therapy"
    in "light therapy boxes"."""
    words = list(re.finditer(r"[^\s\-]+", surface))
    for n in range(len(words) - 1, 0, -1):
        inner = surface[: words[n - 1].end()]
        term = by_surface.get(_key(inner))
        if term is not None and (kind is None or term.kind == kind) and inner.lower() not in _OTHER_KIND.get(term.name, ((),))[0]:
            return term, start + len(inner), inner
    return None


def _key(surface: str) -> str:
    """The lookup key of a surface form: lower case, hyphens and runs of spaces as one space."""
    return re.sub(r"[\s\-]+", " ", surface.strip().lower())


def _form_regex(form: str) -> str:
    """A surface form as a regex: spaces and hyphens interchangeable, an optional plural 's'."""
    parts = re.split(r"[\s\-]+", form.strip())
    body = r"[\s\-]+".join(re.escape(p) for p in parts)
    if form[-1:].isalpha() and not form.endswith("s"):
        body += "(?:s|es)?"
    return body


def _by_first_character(alternatives: list[str], *, ignore_case: bool) -> str:
    """The alternation of ``alternatives`` (regexes, in the order they are to be tried) with those that open on the
    same letter or digit gathered under it: "a(?:cupuncture|romatherapy)|m(?:assage)". It matches exactly what the
    plain alternation matches (at any place, the alternatives that can match are tried in the same order), but the
    regex engine no longer tries hundreds of alternatives at every word of the text, only those of its first letter.
    An alternative that opens on anything else (an escaped symbol, a letter outside ASCII) stands on its own, and
    nothing after it joins a group before it."""
    groups: dict[str, list[str]] = {}
    parts: list[tuple[str, list[str]]] = []  # (the shared first character, or "" for one alternative on its own)
    for alternative in alternatives:
        first = alternative[:1]
        if not (first.isascii() and first.isalnum()):
            parts.append(("", [alternative]))
            groups.clear()  # (the order across it must stay as it was)
            continue
        key = first.lower() if ignore_case else first
        if key not in groups:
            groups[key] = []
            parts.append((key, groups[key]))
        groups[key].append(alternative[1:])
    return "|".join(f"{key}(?:{'|'.join(rests)})" if key else rests[0] for key, rests in parts)


def _merge(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))


def _terms_from_dict(data: dict[str, Any], source: str) -> list[Term]:
    if not isinstance(data, dict):
        raise VocabularyError(f"{source}: a vocabulary file is a JSON object")
    terms: list[Term] = []
    for kind, section in _SECTION_OF_KIND.items():
        for i, item in enumerate(data.get(section, [])):
            if not isinstance(item, dict) or not item.get("name"):
                raise VocabularyError(f"{source}: {section}[{i}] needs a 'name'")
            terms.append(
                Term(
                    kind=kind,
                    name=str(item["name"]),
                    synonyms=tuple(item.get("synonyms", ())),
                    abbreviations=tuple(item.get("abbreviations", ())),
                    mesh=tuple(item.get("mesh", ())),
                    neighbours=tuple(item.get("neighbours", ())),
                    category=str(item.get("category", "")),
                )
            )
    return terms


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The packaged vocabulary plus ``CLAIM_AUDIT_VOCABULARY`` files, loaded once."""
    return Vocabulary.load()


_DEVICE_WORDS = frozenset("""unit units machine machines device devices therapy therapies treatment treatments session sessions
pad pads electrode electrodes stimulation stimulator program programme protocol gummies gummy oil oils capsules
capsule cream creams tincture drops spray patch patches balm product products supplement supplements dose doses""".split())


def misread_abbreviations(text: str, vocabulary: Vocabulary) -> set[str]:
    """Intervention abbreviations an article uses as part of another name: "EMS sculpting" (an electromagnetic
    device) is not the vocabulary's EMS (electrical muscle stimulation). An abbreviation is misread when the
    article never spells out the term it stands for, and it is followed, in at least two places and in most
    of them, by the same word that is neither a device word ("TENS unit") nor a function word."""
    low = text.lower()
    tokens = set(re.findall(r"[\w+]+", text))  # only abbreviations the text uses are worth a scan
    misread: set[str] = set()
    for term in vocabulary.terms("intervention"):
        for abbr in term.abbreviations:
            if not all(part in tokens for part in re.findall(r"[\w+]+", abbr)):
                continue
            hits = list(re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])", text))
            if not hits or any(_key(form) in low for form in (term.name, *term.synonyms)):
                continue
            # spelled out as something else, in brackets after its name: "Our toothpaste uses hydroxyapatite (HA), …" is
            # not hyaluronic acid (none of the few words before the bracket is a word of the term's names)
            named = {w for form in (term.name, *term.synonyms) for w in re.findall(r"[a-z]{4,}", form.lower())}
            if any(text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
                   and (before := re.findall(r"[a-z]{4,}", text[max(0, m.start() - 40) : m.start()].lower())[-3:])
                   and not set(before) & named for m in hits):
                misread.add(abbr)
                continue
            if any(re.search(r"\b[A-Z]{2,}\s+$", text[max(0, m.start() - 12) : m.start()])
                   or re.match(r"\s+(?:19|20)\d\d\b", text[m.end() : m.end() + 6]) for m in hits):
                # part of another name: an event's ("CES 2027") or a certificate's ("NASM CES"), not cranial
                # electrotherapy stimulation
                misread.add(abbr)
                continue
            if len(hits) < 2:
                continue
            followers: Counter[str] = Counter()
            for m in hits:
                words = re.findall(r"[a-z][a-z-]+", text[m.end() : m.end() + 30].lower())[:2]
                # "EMS Body Sculpting" and "EMS sculpting" share their head word
                follower = next((w for w in words if len(w) > 4 and w not in _DEVICE_WORDS), None)
                if follower and words[0] not in _DEVICE_WORDS:
                    followers[follower] += 1
            if followers:
                word, n = followers.most_common(1)[0]
                if n >= 2 and n * 2 > len(hits):
                    misread.add(abbr)
    return misread
