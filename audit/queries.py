"""PubMed queries for a claim, built from the vocabulary (synonyms + MeSH), identical across claims."""

from __future__ import annotations

import re

from claims.model import Claim
from claims.vocabulary import Term, Vocabulary

from .planner import PlannedQuery, normalise_query

__all__ = ["build_claim_queries", "term_block", "phrase_block", "MECHANISM_BLOCK"]

#: What a mechanism claim is searched with, beside its intervention.
MECHANISM_BLOCK = '("mechanism"[tiab] OR "mechanisms"[tiab] OR "physiological"[tiab])'

_UNSAFE = re.compile(r'["\[\]()]')


def _phrase(text: str) -> str:
    return " ".join(_UNSAFE.sub(" ", text).split()).lower()


def _contains_words(longer: str, shorter: str) -> bool:
    return longer != shorter and re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


def phrase_block(phrase: str) -> str:
    """A phrase nobody put in the vocabulary: searched as written in title/abstract."""
    return f'"{_phrase(phrase)}"[tiab]'


def term_block(term: Term) -> str:
    """``("name"[tiab] OR "synonym"[tiab] OR "Heading"[mh])``: synonyms that merely extend another
    form ("chronic neck pain" beside "neck pain") are left out, since the phrase already finds them."""
    forms = list(dict.fromkeys(p for p in (_phrase(f) for f in term.surface_forms) if p))
    kept = [f for f in forms if not any(_contains_words(f, g) for g in forms)]
    parts = [f'"{f}"[tiab]' for f in kept]
    parts += [f'"{h}"[mh]' for h in dict.fromkeys(" ".join(_UNSAFE.sub(" ", m).split()) for m in term.mesh) if h]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _block(name: str, vocabulary: Vocabulary, kind: str | None) -> str:
    term = vocabulary.get(name, kind) or (vocabulary.get(name) if kind else None)
    return term_block(term) if term is not None else phrase_block(name)


def build_claim_queries(claim: Claim, vocabulary: Vocabulary) -> list[PlannedQuery]:
    """The queries a claim needs, owner = claim id, deterministic and deduplicated.

    - the credited intervention x each condition, then x each outcome;
    - each other intervention the sentence names x the same conditions/outcomes (a claim about
      massage under a dry-needling heading is checked against massage studies too);
    - with no condition or outcome: the intervention alone, and for mechanism claims the
      intervention with mechanism words as well.
    A claim with no intervention at all gets no queries.
    """
    credited = claim.intervention or (claim.subject_in_text[0] if claim.subject_in_text else None)
    if not credited:
        return []
    targets: list[tuple[str, str]] = [(c, "condition") for c in claim.conditions]
    targets += [(o, "outcome") for o in claim.outcomes]
    named = [s for s in claim.subject_in_text if s and s.lower() != credited.lower()]

    planned: list[PlannedQuery] = []
    for intervention, role in [(credited, "intervention"), *((n, "named intervention") for n in named)]:
        block = _block(intervention, vocabulary, "intervention")
        if targets:
            for name, kind in targets:
                query = f"{block} AND {_block(name, vocabulary, kind)}"
                planned.append(PlannedQuery(claim.id, normalise_query(query), f"{role} x {kind}"))
        else:
            if claim.kind == "mechanism":
                query = f"{block} AND {MECHANISM_BLOCK}"
                planned.append(PlannedQuery(claim.id, normalise_query(query), f"{role} mechanism"))
            planned.append(PlannedQuery(claim.id, normalise_query(block), f"{role} only"))
    return list(dict.fromkeys(planned))
