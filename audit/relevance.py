"""Relevance of a study to a claim: does it test this intervention on this condition or outcome?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.model import Claim
from claims.vocabulary import Term, Vocabulary

from .design import classify_design
from .model import Record

__all__ = ["Relevance", "RELEVANCE_LABELS", "judge_relevance", "claim_intervention", "term_forms", "phrase_found"]

RELEVANCE_LABELS = ("direct", "partial", "neighbour", "none")


@dataclass(frozen=True)
class Relevance:
    """How closely a study matches a claim, and which intervention it actually studied."""

    label: str  # direct, partial, neighbour, none
    score: float  # 0..1
    intervention_studied: str | None
    outcome_matched: bool
    reason: str = ""  # plain words: "dry needling named in the title; neck pain matched"


_STOP = frozenset("a an the of in on for to and or with by at from as is are was were chronic acute".split())


@lru_cache(maxsize=16384)
def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP)


def claim_intervention(claim: Claim) -> str | None:
    """The intervention a claim credits (else the first one its sentence names)."""
    return claim.intervention or (claim.subject_in_text[0] if claim.subject_in_text else None)


def term_forms(name: str, vocabulary: Vocabulary, kind: str | None = None) -> tuple[str, ...]:
    """A name's surface forms: canonical name, synonyms, abbreviations and MeSH headings."""
    term = vocabulary.get(name, kind)
    if term is None:
        return (name,)
    return tuple(dict.fromkeys((term.name, *term.synonyms, *term.abbreviations, *term.mesh)))


@lru_cache(maxsize=16384)
def _phrase_rx(phrase: str) -> re.Pattern[str]:
    """The whole-word pattern of a phrase, compiled once (re's own cache holds only 512)."""
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


def phrase_found(phrase: str, text: str, text_stems: frozenset[str] | None = None) -> bool:
    """A phrase occurs in text, literally (case-insensitive) or as ≥ 2/3 of its content stems."""
    if not phrase:
        return False
    if _phrase_rx(phrase.lower()).search(text.lower()):
        return True
    stems = _stems(phrase)
    if len(stems) < 2:
        return False
    have = text_stems if text_stems is not None else _stems(text)
    return len(stems & have) / len(stems) >= 2 / 3


def _expand_coordination(text: str, vocabulary: Vocabulary) -> str:
    """"dry and wet needling" → "dry needling and wet needling" when both halves are known forms."""

    def repl(m: re.Match[str]) -> str:
        first = f"{m.group(1)} {m.group(4)}"
        if any(x.start == 0 and x.end == len(first) for x in vocabulary.find(first, "intervention")):
            return f"{first}{m.group(2)}{m.group(3)} {m.group(4)}"
        return m.group(0)

    return re.sub(r"\b(\w+)(\s*(?:,|/|\band\b|\bor\b|\bversus\b|\bvs\.?)\s*)(\w+) (\w+)", repl, text)


_NEGATED_MENTION = re.compile(r"\b(?:not|nor|rather than|instead of|other than|unlike|except)\s+(?:\w+\s+)?$", re.I)


@lru_cache(maxsize=16384)  # the same titles and abstracts are read for every claim
def _interventions_in(text: str, vocabulary: Vocabulary) -> tuple[Term, ...]:
    """Interventions a text names, ignoring negated mentions ("massage, not DN")."""
    seen: dict[str, Term] = {}
    text = _expand_coordination(text, vocabulary)
    for m in vocabulary.find(text, "intervention"):
        if _NEGATED_MENTION.search(text[max(0, m.start - 25) : m.start]):
            continue
        seen.setdefault(m.term.name, m.term)
    return tuple(seen.values())


@lru_cache(maxsize=8192)
def _mesh_terms(record: Record, vocabulary: Vocabulary) -> tuple[Term, ...]:
    mesh = {m.lower().rstrip("*") for m in record.mesh}
    return tuple(t for t in vocabulary.terms("intervention") if any(h.lower() in mesh for h in t.mesh))


def judge_relevance(record: Record, claim: Claim, vocabulary: Vocabulary) -> Relevance:
    """Label a record for a claim: direct, partial, neighbour or none, with a score.

    direct — the study tests the claim's intervention (named in title, abstract, keywords or MeSH)
    and matches one of its conditions or outcomes; partial — the intervention is right but no
    condition/outcome matches, or the record is a review that pools it with other interventions
    named in its title; neighbour — it studies a related but different intervention (the
    vocabulary's ``neighbours``: wet needling, acupuncture, massage for dry needling) and not this
    one; none — neither.
    """
    target_name = claim_intervention(claim)
    title = record.title or ""
    body = " ".join([record.abstract_text, " ".join(record.keywords)])
    in_title = _interventions_in(title, vocabulary)
    in_body = _interventions_in(body, vocabulary)
    in_mesh = _mesh_terms(record, vocabulary)
    studied = {t.name: t for t in [*in_title, *in_body, *in_mesh]}

    targets = [*claim.conditions, *claim.outcomes]
    full_text = f"{title} {body} {' '.join(record.mesh)}"
    text_stems = _stems(full_text)
    matched = [
        name for name in targets
        if any(phrase_found(form, full_text, text_stems) for form in term_forms(name, vocabulary))
    ]
    # A claim about a condition is matched by that condition; outcomes alone match outcome-only claims.
    if claim.conditions:
        outcome_matched = any(name in matched for name in claim.conditions)
    else:
        outcome_matched = bool(matched) or not targets

    target = vocabulary.get(target_name, "intervention") if target_name else None
    tname = target.name if target else (target_name or "")
    if tname and (tname in studied or (not target and phrase_found(tname, full_text))):
        where = "title" if any(t.name == tname for t in in_title) or (not target and phrase_found(tname, title)) \
            else "abstract or MeSH"
        others = [t.name for t in in_title if t.name != tname]
        review = classify_design(record).design in ("umbrella review", "meta-analysis", "systematic review",
                                                    "narrative review")
        reason = f"{tname} named in the {where}"
        if review and others:
            return Relevance("partial", 0.55 if outcome_matched else 0.4, tname, outcome_matched,
                             f"{reason}; review pooling it with {', '.join(others)}")
        if not outcome_matched:
            return Relevance("partial", 0.5 if where == "title" else 0.4, tname, False,
                             f"{reason}; none of {', '.join(targets)} matched")
        base = 1.0 if where == "title" else 0.85
        detail = f"; {', '.join(matched)} matched" if matched else ""
        return Relevance("direct", base, tname, True, reason + detail)

    neighbours = set(target.neighbours) if target else set()
    neighbours |= {t.name for t in vocabulary.terms("intervention") if tname and tname in t.neighbours}
    near = [name for name in studied if name in neighbours]
    if near:
        score = 0.3 if outcome_matched else 0.15
        return Relevance("neighbour", score, near[0], outcome_matched,
                         f"studies {near[0]}, a neighbour of {tname or 'the claimed intervention'}, not {tname}")
    other = next(iter(studied), None)
    reason = f"studies {other}, not {tname}" if other else f"{tname or 'the intervention'} not named"
    return Relevance("none", 0.05 if outcome_matched and targets else 0.0, other, outcome_matched, reason)
