"""Grade one study for one claim: design and level, relevance, direction and the deciding sentence."""

from __future__ import annotations

from claims.model import Claim
from claims.vocabulary import Vocabulary

from .design import classify_design
from .direction import Direction, judge_direction
from .model import AbstractSection, Record, StudyGrade
from .relevance import Relevance, claim_intervention, judge_relevance, term_forms

__all__ = ["grade_study", "grade_studies", "direction_for_claim"]


def direction_for_claim(
    record: Record, claim: Claim, vocabulary: Vocabulary, relevance: Relevance | None = None
) -> Direction:
    """The direction of ``record``'s conclusion about the intervention it studied and the claim's outcomes.

    The target intervention is the claim's, unless the study is about another (a neighbour), in
    which case the direction is read for what it studied. Records without an abstract are read
    from their title (titles often state the finding).
    """
    relevance = relevance or judge_relevance(record, claim, vocabulary)
    name = relevance.intervention_studied or claim_intervention(claim)
    intervention = term_forms(name, vocabulary, "intervention") if name else None
    outcome_forms: list[str] = []
    for phrase in (*claim.outcomes, *claim.conditions):
        outcome_forms.extend(term_forms(phrase, vocabulary))
    sections: tuple[AbstractSection, ...] | str = record.abstract or record.title
    return judge_direction(sections, intervention=intervention, outcome=outcome_forms or None)


def grade_study(record: Record, claim: Claim, vocabulary: Vocabulary) -> StudyGrade:
    """Design, level, relevance and direction of one record for one claim, as a ``StudyGrade``."""
    design = classify_design(record)
    relevance = judge_relevance(record, claim, vocabulary)
    direction = direction_for_claim(record, claim, vocabulary, relevance)
    return StudyGrade(
        key=record.key,
        pmid=record.pmid,
        doi=record.doi,
        title=record.title,
        journal=record.journal,
        year=record.year,
        design=design.design,
        level=design.level,
        preclinical=design.preclinical,
        relevance=relevance.label,
        relevance_score=relevance.score,
        intervention_studied=relevance.intervention_studied,
        direction=direction.label,
        certainty=direction.certainty,
        short_term_only=direction.short_term_only,
        deciding_sentence=direction.sentence,
        retracted=record.retracted,
        is_digest=record.is_digest,
    )


def grade_studies(records: list[Record], claim: Claim, vocabulary: Vocabulary) -> list[StudyGrade]:
    """``grade_study`` for each record, strongest design and most relevant first."""
    grades = [grade_study(r, claim, vocabulary) for r in records]
    return sorted(grades, key=lambda g: (g.level, -g.relevance_score, -(g.year or 0)))
