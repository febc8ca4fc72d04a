"""Study design and evidence level of a record, from publication types, MeSH and wording."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import Record

__all__ = ["Design", "DESIGN_LEVELS", "classify_design"]

#: Every design this module assigns, with its CEBM-like level (1 strongest … 5 weakest).
DESIGN_LEVELS: dict[str, int] = {
    "umbrella review": 1,
    "meta-analysis": 1,
    "systematic review": 1,
    "randomized controlled trial": 2,
    "non-randomized controlled trial": 3,
    "cohort study": 3,
    "case-control study": 3,
    "case series": 4,
    "case report": 4,
    "cross-sectional study": 4,
    "survey": 4,
    "uncontrolled study": 4,
    "narrative review": 5,
    "guideline": 5,
    "editorial": 5,
    "comment": 5,
    "letter": 5,
    "opinion": 5,
    "animal study": 5,
    "in-vitro study": 5,
    "cadaver study": 5,
    "other": 5,
}

_PRECLINICAL = {"animal study", "in-vitro study", "cadaver study"}


@dataclass(frozen=True)
class Design:
    """A record's design, its level and whether it is preclinical (which can only support)."""

    design: str
    level: int
    preclinical: bool = False
    note: str = ""  # e.g. "systematic review without meta-analysis; included designs not stated"
    basis: str = ""  # what decided it: "publication type", "MeSH", "title", "abstract"


def _rx(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.I)


# Wording cues, checked on the title first, then on the abstract's opening (methods) text.
_UMBRELLA = _rx(r"umbrella review", r"overview of (?:systematic )?reviews", r"review of (?:systematic )?reviews",
                r"review of meta-analyses")
_META = _rx(r"meta-?analy[sz](?:is|es|ed)", r"meta-?regression", r"pooled analysis")
_SYSREV = _rx(r"systematic(?:al)?(?:,? critical)? (?:literature )?review", r"cochrane review",
              r"prisma", r"scoping review", r"review of (?:\d+ |randomi[sz]ed )?(?:controlled )?trials",
              r"review of \d+ (?:rcts|studies)")
_RCT = _rx(r"randomi[sz]ed(?:,)? (?:\w+[- ]){0,3}(?:controlled |clinical |crossover |cross-over |pilot )*(?:trial|study)",
           r"\bRCTs?\b", r"randomly (?:assigned|allocated)", r"were randomi[sz]ed", r"randomi[sz]ation",
           r"sham-controlled trial", r"placebo-controlled trial", r"non-inferiority (?:rct|trial)")
_CONTROLLED = _rx(r"controlled (?:clinical )?(?:trial|study)", r"comparative (?:clinical )?(?:study|trial)",
                  r"quasi-experimental", r"non-?randomi[sz]ed", r"crossover (?:trial|study|experiment)",
                  r"cross-over (?:trial|study|experiment)", r"clinical trial", r"controlled single-session")
_COHORT = _rx(r"cohort", r"prospective (?:study|observational)", r"retrospective (?:study|analysis|review)",
              r"longitudinal study", r"follow-up study", r"registry")
_CASE_CONTROL = _rx(r"case-control", r"case control")
_CASE_SERIES = _rx(r"case series", r"series of \d+ (?:patients|cases)")
_CASE_REPORT = _rx(r"case reports?", r"a case of", r"case presentation", r"we report (?:a|an|the) (?:case|patient)",
                   r"we describe (?:a|an) (?:case|patient)")
_CROSS = _rx(r"cross-sectional", r"prevalence (?:study|of)", r"^prevalence")
_SURVEY = _rx(r"survey", r"questionnaire study")
_GUIDELINE = _rx(r"guidelines?", r"consensus statement", r"position statement", r"recommendations? (?:of|from)")
_EDITORIAL = _rx(r"editorial")
_COMMENT = _rx(r"commentary", r"comment", r"letter to the editor", r"reply", r"debate")
_OPINION = _rx(r"opinion", r"hypothesis", r"perspectives?", r"viewpoint", r"point of view")
_NARRATIVE = _rx(r"narrative review", r"literature review", r"review of the literature", r"current concepts?",
                 r"clinical review", r"state of the art")
_ANY_REVIEW = _rx(r"review", r"an update", r"overview")
_ANIMAL = _rx(r"rats?", r"mice", r"mouse", r"rabbits?", r"murine", r"porcine", r"canine", r"rodents?",
              r"animal (?:model|study|studies)", r"dogs", r"pigs", r"sheep", r"primates", r"zebrafish",
              r"in vivo model")
_INVITRO = _rx(r"in vitro", r"in-vitro", r"cell lines?", r"cell cultures?", r"cultured (?:cells|\w+ cells)")
_CADAVER = _rx(r"cadavers?", r"cadaveric", r"embalmed")
_HUMAN_TRIAL = _rx(r"patients", r"participants", r"volunteers", r"subjects", r"adults", r"women", r"men",
                   r"children", r"athletes")
_EXPERIMENT = _rx(r"experimental study", r"experiment", r"microdialysis", r"laboratory study", r"pilot study",
                  r"single-session", r"feasibility study", r"observational study", r"clinical study",
                  r"study of \d+", r"\(n ?= ?\d+")
_MIXED_DESIGNS = _rx(r"studies", r"observational", r"cohort", r"non-?randomi[sz]ed", r"case series")

# Publication types (exact, lower case) → design.
_PUBTYPE_DESIGN: tuple[tuple[str, str], ...] = (
    ("meta-analysis", "meta-analysis"),
    ("systematic review", "systematic review"),
    ("randomized controlled trial", "randomized controlled trial"),
    ("equivalence trial", "randomized controlled trial"),
    ("pragmatic clinical trial", "randomized controlled trial"),
    ("controlled clinical trial", "non-randomized controlled trial"),
    ("clinical trial, phase iii", "non-randomized controlled trial"),
    ("clinical trial, phase ii", "non-randomized controlled trial"),
    ("clinical trial, phase iv", "non-randomized controlled trial"),
    ("observational study", "cohort study"),
    ("clinical trial", "non-randomized controlled trial"),
    ("case reports", "case report"),
    ("practice guideline", "guideline"),
    ("guideline", "guideline"),
    ("consensus development conference", "guideline"),
    ("editorial", "editorial"),
    ("comment", "comment"),
    ("letter", "letter"),
    ("published erratum", "other"),
    ("retraction of publication", "other"),
    ("biography", "other"),
    ("historical article", "other"),
    ("personal narrative", "opinion"),
    ("review", "narrative review"),
)
_MESH_DESIGN: tuple[tuple[str, str], ...] = (
    ("cohort studies", "cohort study"),
    ("prospective studies", "cohort study"),
    ("retrospective studies", "cohort study"),
    ("longitudinal studies", "cohort study"),
    ("follow-up studies", "cohort study"),
    ("case-control studies", "case-control study"),
    ("cross-sectional studies", "cross-sectional study"),
    ("surveys and questionnaires", "survey"),
    ("health surveys", "survey"),
    ("cross-over studies", "non-randomized controlled trial"),
)
_ANIMAL_MESH = {"animals", "rats", "mice", "rabbits", "disease models, animal", "rats, sprague-dawley",
                "rats, wistar", "swine", "dogs", "sheep", "mice, inbred c57bl"}
_GENERIC_PUBTYPES = ("observational study", "clinical trial", "comparative study", "multicenter study")
_NEGATED_BEFORE = re.compile(r"(?:\bno|\bnot(?: an?)?|\bwithout(?: an?)?|\bnor|\brather than(?: an?)?)\s+(?:\w+\s+)?$", re.I)


def _make(design: str, basis: str, note: str = "") -> Design:
    return Design(design=design, level=DESIGN_LEVELS[design], preclinical=design in _PRECLINICAL,
                  note=note, basis=basis)


def _says(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern`` occurs in ``text`` other than negated ("no meta-analysis", "not a systematic review")."""
    return any(not _NEGATED_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) for m in pattern.finditer(text))


def _review_kind(text: str) -> str | None:
    """Umbrella / meta-analysis / systematic review named in a piece of wording, else None."""
    if _says(_UMBRELLA, text):
        return "umbrella review"
    if _says(_META, text):
        return "meta-analysis"
    if _says(_SYSREV, text):
        return "systematic review"
    return None


def _primary_kind(text: str) -> str | None:
    """A primary (or secondary non-systematic) design named in a piece of wording, else None."""
    for pattern, design in (
        (_CASE_CONTROL, "case-control study"),
        (_RCT, "randomized controlled trial"),
        (_CASE_SERIES, "case series"),
        (_CASE_REPORT, "case report"),
        (_CROSS, "cross-sectional study"),
        (_SURVEY, "survey"),
        (_CONTROLLED, "non-randomized controlled trial"),
        (_COHORT, "cohort study"),
        (_NARRATIVE, "narrative review"),
        (_GUIDELINE, "guideline"),
        (_EDITORIAL, "editorial"),
        (_COMMENT, "comment"),
        (_OPINION, "opinion"),
        (_ANY_REVIEW, "narrative review"),
    ):
        if _says(pattern, text):
            return design
    return None


def _preclinical_kind(text: str, mesh: set[str]) -> str | None:
    if _CADAVER.search(text):
        return "cadaver study"
    animal_mesh = bool(mesh & _ANIMAL_MESH) and "humans" not in mesh
    if animal_mesh or (_ANIMAL.search(text) and not _HUMAN_TRIAL.search(text)):
        return "animal study"
    if _INVITRO.search(text) and not _HUMAN_TRIAL.search(text):
        return "in-vitro study"
    return None


def _review_note(design: str, text: str) -> str:
    if design == "systematic review":
        note = "systematic review without meta-analysis"
        if _MIXED_DESIGNS.search(text) and not re.search(r"randomi[sz]ed|\bRCTs?\b", text, re.I):
            note += "; included designs not limited to RCTs"
        return note
    if design == "meta-analysis" and not re.search(r"randomi[sz]ed|\bRCTs?\b|trials", text, re.I):
        return "meta-analysis; included designs not stated as RCTs"
    return ""


@lru_cache(maxsize=8192)  # a record's design does not depend on the claim: classify it once
def classify_design(record: Record) -> Design:
    """The design and level of ``record``.

    Order of evidence: umbrella reviews / meta-analyses / systematic reviews named in the
    publication types, title or keywords (or, for records without a specific type, the opening of
    the abstract) win; then preclinical wording (animal, in vitro, cadaver) or animal-only MeSH;
    then specific publication types (RCT, case report, guideline, editorial, comment, letter…);
    then the title's wording; then generic types (clinical trial, observational, comparative) and
    MeSH study-design headings; then the abstract's wording. Mentions that are negated ("not a
    meta-analysis", "no meta-analysis") do not count. A record nothing identifies is "other" (5).
    """
    title = record.title or ""
    abstract = " ".join(s.text for s in record.abstract)
    labels = " ".join(s.label or "" for s in record.abstract)
    keywords = " ".join(record.keywords)
    ptypes = [p.lower() for p in record.publication_types]
    mesh = {m.lower().rstrip("*") for m in record.mesh}
    head = f"{title} {keywords} {labels}"
    opening = abstract[:600]
    specific = [p for p in ptypes if p not in ("journal article", "review") and not p.startswith("research support")]

    # 1. Reviews of the literature with a method: umbrella > meta-analysis > systematic review.
    review = _review_kind(title) or _review_kind(keywords)
    basis = "title"
    if review is None:
        for pt, design in _PUBTYPE_DESIGN[:2]:
            if pt in ptypes:
                review, basis = design, "publication type"
                break
    if review is None and not specific and not _primary_kind(title):
        review, basis = _review_kind(opening), "abstract"
    if review is not None:
        if review == "systematic review" and ("meta-analysis" in ptypes or _says(_META, abstract)):
            review = "meta-analysis"
        if review == "meta-analysis" and _says(_UMBRELLA, f"{title} {opening}"):
            review = "umbrella review"
        return _make(review, basis, _review_note(review, f"{title} {abstract}"))

    # 2. Preclinical work (title and keywords first, the abstract when the title is silent).
    pre = _preclinical_kind(head, mesh)
    if pre is None and not _primary_kind(title):
        pre = _preclinical_kind(opening, set())
    if pre is not None:
        return _make(pre, "title" if _preclinical_kind(head, set()) else "MeSH" if mesh else "abstract")

    # 3. Specific publication types (not the catch-alls "Review", "Clinical Trial", "Observational Study").
    for pt, design in _PUBTYPE_DESIGN[2:-1]:
        if pt in ptypes and pt not in _GENERIC_PUBTYPES:
            return _make(design, "publication type")

    # 4. The title's wording.
    kind = _primary_kind(title)
    if kind is not None:
        if kind in ("opinion", "guideline") and "review" in ptypes:
            kind = "narrative review"
        return _make(kind, "title")

    # 5. Generic publication types, MeSH study-design headings, then the abstract's wording.
    if "clinical trial" in ptypes or "comparative study" in ptypes:
        rct = _says(_RCT, opening)
        return _make("randomized controlled trial" if rct else "non-randomized controlled trial", "publication type")
    if "observational study" in ptypes:
        kind = _primary_kind(opening)
        if kind in ("cross-sectional study", "survey", "case-control study", "case series"):
            return _make(kind, "abstract")
        return _make("cohort study", "publication type")
    if "review" in ptypes:
        return _make("narrative review", "publication type")
    for heading, design in _MESH_DESIGN:
        if heading in mesh:
            return _make(design, "MeSH")
    kind = _primary_kind(f"{keywords} {opening}") if opening or keywords else None
    if kind is not None and (record.is_digest or kind not in ("narrative review", "comment", "opinion", "guideline")):
        return _make(kind, "abstract")
    if _EXPERIMENT.search(f"{title} {opening}") or _HUMAN_TRIAL.search(opening):
        return _make("uncontrolled study", "abstract")
    return _make("other", "")
