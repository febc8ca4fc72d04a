"""Decide a claim's verdict from its graded evidence and citation checks, by the versioned policy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claims.model import Claim

from .judgement import (
    Judgement,
    counted_evidence,
    credited_intervention,
    judge_evidence,
    listed_evidence,
    relevant_evidence,
)
from .model import CitationCheck, ClaimVerdict, QueryRun, StudyGrade
from .policy import Policy, load_policy
from .wording import (
    Wording,
    claim_target,
    format_ref,
    headline_target,
    join_and,
    load_wording,
    plural,
    subject_phrase,
    summarise,
    targets_phrase,
)

# counted_evidence, listed_evidence, Judgement and judge_evidence live in audit.judgement; they are
# re-exported here so existing ``from audit.verdicts import …`` imports keep working.
__all__ = ["decide", "counted_evidence", "listed_evidence", "Judgement", "judge_evidence"]

_FINDING = {"benefit": "concludes benefit", "no_difference": "finds no difference", "harm": "reports harm",
            "uncertain": "draws no clear conclusion"}


def _judge_parts(
    claim: Claim, by_target: Mapping[str, Sequence[StudyGrade]] | None, policy: Policy
) -> list[tuple[str, Judgement, str]]:
    """Each condition/outcome of a several-target efficacy claim judged alone: (target, judgement, summary)."""
    if not by_target or len(by_target) < 2 or claim.kind in ("mechanism", "safety"):
        return []
    parts = []
    for name, grades in by_target.items():
        single = Claim(**{**claim.__dict__, "conditions": (name,) if name in claim.conditions else (),
                          "outcomes": (name,) if name not in claim.conditions else ()})
        counted = counted_evidence(grades, policy)
        j = judge_evidence(single, counted, policy)
        benefit = sum(1 for g in counted if g.direction in policy.positive_directions)
        text = j.verdict.replace("_", " ") + (f" ({plural(len(counted), 'study')}, {benefit} concluding benefit)"
                                              if counted else "")
        parts.append((name, j, text))
    return parts


def _title_credits(grade: StudyGrade, name: str, other: str) -> bool:
    """False when the study's title names the other intervention and not this one (its abstract may
    mention this one only in passing, e.g. "massage, not dry needling")."""
    title = grade.title.lower()
    return not (other.lower() in title and name.lower() not in title)


def _other_intervention(claim: Claim, credited: str) -> str | None:
    return next((s for s in claim.subject_in_text if s and s.lower() != credited.lower()), None)


def decide(
    claim: Claim,
    grades: Sequence[StudyGrade],
    checks: Sequence[CitationCheck] = (),
    policy: Policy | None = None,
    *,
    queries: Sequence[QueryRun] = (),
    comparison: Mapping[str, Sequence[StudyGrade]] | None = None,
    by_target: Mapping[str, Sequence[StudyGrade]] | None = None,
    error: str | None = None,
) -> ClaimVerdict:
    """The verdict on one claim — a pure function of the claim, its graded studies and citation checks.

    ``grades`` are the claim's records graded for the intervention the article credits;
    ``comparison`` maps each other intervention the sentence names to the same records graded
    for that intervention (for misattribution); ``by_target`` maps each of the claim's conditions
    and outcomes to the records graded for that target alone (a claim of several benefits is only
    supported when each is); ``queries`` are the claim's query runs (a failed one, or ``error``,
    makes the verdict ``error``, never ``no_evidence``).
    """
    policy = policy or load_policy()
    wording = load_wording()
    credited = credited_intervention(claim)
    target, target_kind = claim_target(claim)
    all_targets = targets_phrase(claim)
    failed = error or next((f"query {q.query!r} failed: {q.error}" for q in queries if q.error), None)
    failed = failed or next((f"citation check of {c.mention_text!r} failed: {c.reason}" for c in checks if c.status == "error"), None)
    if failed:
        return ClaimVerdict(
            claim_id=claim.id, verdict="error", confidence=0.0,
            reasons=(f"The audit of this claim failed, so no verdict could be reached: {failed}.",),
            suggested_wording=wording.render("error", error=failed),
            queries=tuple(queries), citation_checks=tuple(checks), error=failed,
        )
    relevant = relevant_evidence(grades, policy, None)
    counted = [g for g in relevant if not (policy.exclude_retracted and g.retracted)]
    judgement = judge_evidence(claim, counted, policy)
    decisive = {g.key for g in judgement.decisive}
    listed = sorted(relevant, key=lambda g: g.key not in decisive)[: policy.max_listed]
    reasons = list(judgement.reasons)
    parts = _judge_parts(claim, by_target, policy)
    missing: list[str] = []
    if parts:
        reasons.append("By target: " + "; ".join(f"{t}: {text}" for t, _, text in parts) + ".")
        missing = [t for t, j, _ in parts if j.verdict == "no_evidence"]
        lacking = [t for t, j, _ in parts if j.verdict != "supported"]
        if judgement.verdict == "supported" and lacking:
            reasons.append(f"Only part of the claim is supported: {join_and(lacking)} "
                           f"{'is' if len(lacking) == 1 else 'are'} not.")
            judgement = Judgement("weak", judgement.reasons, "partial", judgement.n_strong, judgement.n_other,
                                  judgement.positive, judgement.decisive)
        top = max(parts, key=lambda p: (bool(p[1].positive), p[0] in claim.conditions, len(p[1].positive)))
        if top[1].positive:
            target = top[0]
            target_kind = "condition" if target in claim.conditions else "outcome"
    retracted = [g for g in relevant if g.retracted]
    if retracted and policy.exclude_retracted:
        reasons.append(f"{len(retracted)} retracted {'study was' if len(retracted) == 1 else 'studies were'} not counted.")
    verdict, situation = judgement.verdict, judgement.situation
    compared: str | None = None
    comparison_grades: tuple[StudyGrade, ...] = ()
    fields = {"intervention": credited, "target": target or "this", "hedged": wording.hedge(claim.text)}
    if target_kind == "outcome":
        fields["outcome_phrase"] = wording.outcome_phrase(target)
    penalty = 0.0
    digest_note = bool(counted) and all(g.is_digest for g in counted)
    if digest_note:
        penalty += policy.digest_penalty

    other = _other_intervention(claim, credited)
    other_counted: list[StudyGrade] = []
    focus_target = all_targets
    if other is not None:
        other_counted = [g for g in counted_evidence((comparison or {}).get(other, ()), policy, other)
                         if _title_credits(g, other, credited)]
        own = counted
        if comparison and credited in comparison:  # graded on the headline target for a like-for-like comparison
            own = counted_evidence(comparison[credited], policy, credited)
            focus_target = headline_target(claim)
        counted_credited = [g for g in own if _title_credits(g, credited, other)]
    else:
        counted_credited = counted
    mismatches = [c for c in checks if c.status == "mismatch"]
    retractions = [c for c in checks if c.status == "retracted"]

    if claim.misattributed_structurally and policy.structural_misattribution and other:
        verdict, compared, comparison_grades = "misattributed", other, tuple(other_counted)
        section = f" under '{claim.section[-1]}'" if claim.section else ""
        reasons = [
            f"The sentence is about {other}, but it stands{section}, so the article credits {credited} with it.",
            f"For {other}: " + summarise(other_counted, subject_phrase(other, focus_target)) + ".",
            f"For {credited}: " + summarise(counted_credited, subject_phrase(credited, focus_target)) + ".",
        ]
        shown = any(g.direction == "benefit" for g in other_counted)  # is it really studied for the other one?
        template = "misattributed_structural" if shown else "misattributed_structural_unshown"
        suggestion = wording.render(template, other=other, **fields)
        listed = counted_credited[: policy.max_listed]
        confidence = policy.confidence("misattributed", judgement.n_strong, judgement.n_other)
    elif mismatches or retractions:
        verdict = policy.citation_mismatch_verdict if mismatches else policy.citation_retracted_verdict
        cite_reasons = []
        for c in mismatches:
            closest = "; ".join(format_ref(r) for r in c.closest) or "none found"
            cite_reasons.append(f"The citation \"{c.mention_text}\" does not hold: {c.reason} Closest real sources: {closest}.")
        for c in retractions:
            cite_reasons.append(f"The citation \"{c.mention_text}\" rests on a retracted study: {c.reason}")
        if judgement.verdict in ("supported", "weak"):
            cite_reasons.append(f"Other studies do bear on the finding ({judgement.reasons[0].rstrip('.')}), "
                                "but the article's attribution is wrong.")
        else:
            cite_reasons.extend(judgement.reasons)
        reasons = cite_reasons
        if mismatches:
            c = mismatches[0]
            best = format_ref(c.closest[0]) if c.closest else "a study you have read"
            problem = c.reason.split(". ")[0].rstrip(".")
            problem = problem[:1].lower() + problem[1:]
            suggestion = wording.render("misattributed_citation", problem=problem, closest=best, **fields)
        else:
            suggestion = wording.render("misattributed_retracted", **fields)
        confidence = policy.confidence(verdict, judgement.n_strong, judgement.n_other)
    elif (
        other
        and claim.kind in policy.literature_kinds
        and not judgement.positive
        and sum(1 for g in other_counted if g.direction in policy.positive_directions) >= policy.literature_min_positive
    ):
        verdict, compared, comparison_grades = "misattributed", other, tuple(other_counted)
        reasons = [
            f"The text names {other}, and the evidence on {all_targets or 'this'} is for {other}, not for {credited}.",
            f"For {other}: " + summarise(other_counted, subject_phrase(other, focus_target)) + ".",
            f"For {credited}: " + summarise(counted_credited, subject_phrase(credited, focus_target)) + ".",
        ]
        suggestion = wording.render("misattributed_literature", other=other, **fields)
        listed = counted_credited[: policy.max_listed]
        confidence = policy.confidence("misattributed", judgement.n_strong, judgement.n_other,
                                       policy.literature_confidence_penalty)
    else:
        suggestion = _evidence_wording(wording, verdict, situation, claim, judgement, fields, target_kind)
        if missing and verdict in ("weak", "supported"):
            suggestion += " " + wording.render("drop_unsupported", missing=join_and(missing))
        if verdict == "no_evidence" and queries and all(q.source == "library" for q in queries):
            penalty += policy.library_absence_penalty
            reasons.append("Only a local library was searched; a live PubMed search may find more.")
        confidence = policy.confidence(verdict, judgement.n_strong, judgement.n_other, penalty)

    for c in checks:
        if c.status == "verified":
            found = "; ".join(format_ref(r) for r in c.matches[:3])
            reasons.append(f"The citation \"{c.mention_text}\" was found: {found}.")
            by_key = {g.key: g for g in grades}
            cited = next((by_key[r.key] for r in c.matches if r.key in by_key), None)
            if cited is not None and cited.deciding_sentence:
                finding = _FINDING.get(cited.direction, cited.direction)
                when = " (short-term only)" if cited.short_term_only else ""
                reasons.append(f"The cited study {finding}{when}: \"{cited.deciding_sentence}\"")
        elif c.status == "unverifiable":
            reasons.append(f"The citation \"{c.mention_text}\" cannot be checked: {c.reason}")
            suggestion += " " + wording.render("unverifiable_suffix", marker=c.mention_text)
    if digest_note and verdict not in ("misattributed",):
        reasons.append("Judged on one-line digests of the studies (bundled library), not their full abstracts.")
    return ClaimVerdict(
        claim_id=claim.id,
        verdict=verdict,
        confidence=round(max(0.0, min(confidence, 1.0)), 2),
        reasons=tuple(reasons),
        suggested_wording=suggestion.strip(),
        evidence=tuple(listed),
        queries=tuple(queries),
        citation_checks=tuple(checks),
        comparison=comparison_grades,
        compared_intervention=compared,
    )


def _evidence_wording(
    wording: Wording, verdict: str, situation: str, claim: Claim, judgement: Judgement, fields: dict[str, str], target_kind: str
) -> str:
    if verdict == "supported":
        if claim.wording == "absolute":
            return wording.render("supported_hedged", **fields)
        best = format_ref(judgement.positive[0]) if judgement.positive else "the studies listed"
        return wording.render("supported", closest=best, **fields)
    if verdict == "contradicted":
        return wording.render("contradicted_safety" if claim.kind == "safety" else "contradicted", **fields)
    if verdict == "no_evidence":
        return wording.render("no_evidence_safety" if situation == "safety" else "no_evidence", **fields)
    # weak
    if situation in ("short_term", "low_certainty") and target_kind and claim.kind in ("efficacy", "benefit", "citation"):
        return wording.render(f"weak_{situation}_{target_kind}", **fields)
    if situation in ("mixed", "preclinical", "mechanism"):
        return wording.render(f"weak_{situation}", **fields)
    return wording.render("weak_default", **fields)
