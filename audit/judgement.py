"""Judge what a claim's evidence alone supports, before misattribution and citations are weighed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.model import Claim

from .model import StudyGrade
from .policy import Policy
from .wording import count_designs, subject_phrase, summarise, targets_phrase, verb

__all__ = [
    "Judgement",
    "judge_evidence",
    "counted_evidence",
    "listed_evidence",
    "relevant_evidence",
    "credited_intervention",
]

_RELEVANCE_RANK = {"direct": 0, "partial": 1, "neighbour": 2, "none": 3}
_BAR = "the policy's bar for 'supported' (at least {l1} positive systematic review/meta-analysis or {l2} positive RCTs)"


@dataclass(frozen=True)
class Judgement:
    """What the evidence alone says for a claim, before misattribution and citations are weighed."""

    verdict: str
    reasons: tuple[str, ...]
    situation: str = ""  # wording key: short_term, low_certainty, mixed, preclinical, mechanism, below_bar…
    n_strong: int = 0
    n_other: int = 0
    positive: tuple[StudyGrade, ...] = field(default=())
    decisive: tuple[StudyGrade, ...] = field(default=())  # listed first when the list is cut


def credited_intervention(claim: Claim) -> str:
    """The intervention the article credits with the claim."""
    return claim.intervention or (claim.subject_in_text[0] if claim.subject_in_text else "") or "the intervention"


def _counts(grade: StudyGrade, policy: Policy, intervention: str | None = None) -> bool:
    if grade.relevance not in policy.counted_relevance:
        return False
    if grade.relevance == "partial" and grade.relevance_score < policy.partial_min_score:
        return False
    if intervention and grade.intervention_studied and grade.intervention_studied != intervention:
        return False
    return True


def relevant_evidence(grades: Sequence[StudyGrade], policy: Policy, intervention: str | None = None) -> list[StudyGrade]:
    """Every relevant study (retracted ones too), deduplicated, strongest first."""
    kept = [g for g in grades if _counts(g, policy, intervention)]
    unique = list({g.key: g for g in kept}.values())
    unique.sort(key=lambda g: (g.level, _RELEVANCE_RANK.get(g.relevance, 9), -g.relevance_score, -(g.year or 0), g.key))
    return unique


def listed_evidence(grades: Sequence[StudyGrade], policy: Policy, intervention: str | None = None) -> list[StudyGrade]:
    """The relevant studies a verdict lists (retracted ones included and flagged), strongest first,
    at most ``max_listed`` of them (all of them are counted)."""
    return relevant_evidence(grades, policy, intervention)[: policy.max_listed]


def counted_evidence(grades: Sequence[StudyGrade], policy: Policy, intervention: str | None = None) -> list[StudyGrade]:
    """The studies that count towards a verdict: every relevant one except retracted ones (per the policy)."""
    return [g for g in relevant_evidence(grades, policy, intervention) if not (policy.exclude_retracted and g.retracted)]


def judge_evidence(claim: Claim, counted: Sequence[StudyGrade], policy: Policy) -> Judgement:
    """The verdict the evidence supports for this kind of claim (efficacy rules, capped by kind)."""
    intervention = credited_intervention(claim)
    target = targets_phrase(claim)
    subject = subject_phrase(intervention, target)
    if claim.kind == "safety":
        return _judge_safety(claim, counted, policy, intervention, target)
    if not counted:
        return Judgement("no_evidence", (f"No relevant study {subject} was found.",))
    if claim.kind == "mechanism":
        return _judge_mechanism(counted, policy, subject, intervention)
    judgement = _judge_efficacy(claim, counted, policy, subject)
    if judgement.verdict == "supported" and not target and policy.untargeted_max_verdict == "weak":
        return Judgement(
            "weak",
            (*judgement.reasons[:1], f"The claim names no condition or outcome the vocabulary knows, so these studies "
             f"of {intervention} in general cannot confirm its specific benefit; add the term to the vocabulary to "
             "audit it precisely."),
            "untargeted", judgement.n_strong, judgement.n_other, judgement.positive, judgement.decisive,
        )
    if claim.kind == "statistic" and policy.statistic_max_verdict == "weak" and judgement.verdict == "supported":
        return Judgement(
            "weak",
            (*judgement.reasons, "Rated weak rather than supported because it is a statistic, and the sources could "
             "only be confirmed to exist, not to state the figure (policy: statistic claims are at most weak)."),
            judgement.situation, judgement.n_strong, judgement.n_other, judgement.positive,
        )
    return judgement


def _judge_mechanism(counted: Sequence[StudyGrade], policy: Policy, subject: str, intervention: str) -> Judgement:
    """Mechanism claims: clinical trials say whether it helps, not how; the rest can make it plausible."""
    clinical = [g for g in counted if g.level <= policy.mechanism_clinical_max_level and not g.preclinical]
    mechanistic = [g for g in counted if g not in clinical]
    reasons = []
    if mechanistic:
        reasons.append(summarise(mechanistic, subject) + ".")
        kinds = "laboratory or animal studies" if all(g.preclinical for g in mechanistic) else \
            "laboratory, animal, experimental or narrative sources"
        reasons.append(f"The mechanism rests on {kinds}, which can make it plausible but not establish it "
                       "(policy: mechanism claims are at most weak).")
        situation = "preclinical" if all(g.preclinical for g in mechanistic) else "mechanism"
    else:
        reasons.append(f"No laboratory, experimental or review source on how {intervention} works was found.")
        situation = "mechanism"
    if clinical:
        reasons.append(f"{count_designs(clinical)} test whether it helps, not how it works, so they do not bear on "
                       "the mechanism.")
    verdict = "weak" if policy.mechanism_max_verdict == "weak" or not mechanistic else "supported"
    return Judgement(verdict, tuple(reasons), situation, 0, len(mechanistic), (), tuple(mechanistic))


def _judge_efficacy(claim: Claim, counted: Sequence[StudyGrade], policy: Policy, subject: str) -> Judgement:
    pos = [g for g in counted if g.direction in policy.positive_directions and not g.preclinical]
    neg = [g for g in counted if g.direction in policy.negative_directions and not g.preclinical]
    strong_pos = [g for g in pos if g.level <= policy.strong_level]
    strong_neg = [g for g in neg if g.level <= policy.strong_level]
    n_strong = len({g.key for g in strong_pos + strong_neg})
    n_other = len(counted) - n_strong

    def level_count(gs: Sequence[StudyGrade], level: int) -> int:
        return sum(1 for g in gs if g.level == level)

    firm_neg = [g for g in neg if not (policy.negative_excludes_low_certainty and g.certainty in policy.low_certainty)
                and not policy.insufficient_evidence.search(g.deciding_sentence)]
    pos_bar = level_count(pos, 1) >= policy.min_positive_level1 or level_count(pos, 2) >= policy.min_positive_level2
    neg_bar = level_count(firm_neg, 1) >= policy.min_negative_level1 or \
        level_count(firm_neg, 2) >= policy.min_negative_level2
    best_pos = min((g.level for g in strong_pos), default=9)
    best_neg = min((g.level for g in strong_neg if g in firm_neg), default=9)
    summary = summarise(counted, subject) + "."
    bar = _BAR.format(l1=policy.min_positive_level1, l2=policy.min_positive_level2)

    def out(verdict: str, why: str, situation: str = "") -> Judgement:
        return Judgement(verdict, (summary, why), situation, n_strong, n_other, tuple(pos))

    if pos_bar and neg_bar:
        if policy.higher_level_wins and best_neg < best_pos:
            return out("contradicted", f"The strongest evidence ({count_designs([g for g in strong_neg if g.level == best_neg])}) "
                       "finds no benefit or harm, and it outranks the positive studies.")
        if not (policy.higher_level_wins and best_pos < best_neg):
            top_pos = [g for g in strong_pos if g.level == best_pos]
            top_neg = [g for g in strong_neg if g.level == best_neg and g in firm_neg]
            share = len(top_pos) / (len(top_pos) + len(top_neg))
            if 1 - share >= policy.min_consistency:
                return out("contradicted", f"At the strongest level {count_designs(top_neg)} "
                           f"{verb(top_neg, 'finds', 'find')} no benefit or harm against {count_designs(top_pos)} "
                           f"concluding benefit.")
            if share < policy.min_consistency:
                short = sum(1 for g in top_pos if g.short_term_only)
                leaning = "short_term" if share >= 0.5 and short / len(top_pos) >= policy.short_term_share else \
                    ("low_certainty" if share >= 0.5 else "mixed")
                return out(policy.equal_level_verdict,
                           f"The strongest evidence is mixed: {count_designs(top_pos)} "
                           f"{verb(top_pos, 'concludes', 'conclude')} benefit but {count_designs(top_neg)} "
                           f"{verb(top_neg, 'finds', 'find')} no benefit or harm.", leaning)
            # otherwise the top level is consistent enough: judged as positive evidence below
    elif neg_bar:
        return out("contradicted", f"Relevant evidence at a strong level ({count_designs(strong_neg)}) finds no benefit "
                   "or harm, and no stronger study concludes benefit.")
    if pos_bar:
        return _downgrade(claim, policy, strong_pos, strong_neg, summary, bar, n_strong, n_other, tuple(pos))
    # Below the bar.
    if not pos and not neg:
        if all(g.preclinical for g in counted):
            return out("weak", "Only laboratory or animal studies bear on it; preclinical evidence can only support, "
                       "not establish, a claim about people.", "preclinical")
        return out("weak", "Relevant studies exist, but none draws a clear conclusion for the claim.", "low_certainty")
    if not pos and len(firm_neg) < len(neg) and any(g.level <= policy.strong_level for g in neg):
        return out("weak", "The relevant studies find no benefit, but they call their own evidence low-certainty or "
                   "insufficient rather than negative, which cannot contradict the claim either.", "mixed")
    if not pos:
        return out("weak", "The relevant studies find no benefit, but not at the strong level needed to call the claim "
                   f"contradicted (at least {policy.min_negative_level1} systematic review/meta-analysis or "
                   f"{policy.min_negative_level2} RCTs).", "mixed")
    if neg and min(g.level for g in neg) <= min(g.level for g in pos):
        return out("weak", f"The evidence is mixed and below {bar}.", "mixed")
    return out("weak", f"The positive evidence ({count_designs(pos)}) is below {bar}.", "low_certainty")


def _downgrade(
    claim: Claim,
    policy: Policy,
    strong_pos: Sequence[StudyGrade],
    strong_neg: Sequence[StudyGrade],
    summary: str,
    bar: str,
    n_strong: int,
    n_other: int,
    pos: tuple[StudyGrade, ...],
) -> Judgement:
    reasons = [summary]
    low = sum(1 for g in strong_pos if g.certainty in policy.low_certainty)
    short = sum(1 for g in strong_pos if g.short_term_only)
    total = len(strong_pos)
    decided = total + len(strong_neg)
    if decided and total / decided < policy.min_consistency:
        reasons.append(f"The strong-level evidence is inconsistent: {total} of {decided} systematic reviews and RCTs "
                       f"with a clear conclusion find benefit (the policy asks for at least {policy.min_consistency:.0%}).")
        return Judgement("weak", tuple(reasons), "mixed", n_strong, n_other, pos)
    if strong_neg:
        verb = "finds" if len(strong_neg) == 1 else "find"
        best_pos, best_neg = min(g.level for g in strong_pos), min(g.level for g in strong_neg)
        how = "outrank" if best_pos < best_neg else "outnumber"
        reasons.append(f"{count_designs(strong_neg)} {verb} no benefit, but the {total} positive systematic reviews "
                       f"and RCTs {how} {'it' if len(strong_neg) == 1 else 'them'}.")
    if total and short / total >= policy.short_term_share:
        which = "The only positive systematic review or RCT shows" if total == 1 else \
            f"{short} of the {total} positive systematic reviews and RCTs show"
        reasons.append(f"{which} short-term benefit only, so an unqualified claim overstates the evidence.")
        return Judgement("weak", tuple(reasons), "short_term", n_strong, n_other, pos)
    if total and low / total >= policy.low_certainty_share:
        which = "the only positive systematic review or RCT" if total == 1 else \
            f"{low} of the {total} positive systematic reviews and RCTs"
        reasons.append(f"Certainty is low or very low in {which}, so the claim overstates the evidence.")
        return Judgement("weak", tuple(reasons), "low_certainty", n_strong, n_other, pos)
    if policy.absolute_wording and claim.wording == "absolute":
        terms = ", ".join(f"'{t}'" for t in claim.wording_terms) or "its absolute wording"
        reasons.append(f"The evidence meets {bar}, but {terms} overstates it.")
        return Judgement("weak", tuple(reasons), "absolute", n_strong, n_other, pos)
    reasons.append(f"This meets {bar}, with nothing stronger against.")
    return Judgement("supported", tuple(reasons), "", n_strong, n_other, pos)


def _judge_safety(claim: Claim, counted: Sequence[StudyGrade], policy: Policy, intervention: str, target: str) -> Judgement:
    """Safety claims: a precaution, a claim of side effects, or a claim of safety — each judged on
    adverse-event literature (see ``kinds.safety`` in the policy)."""
    text = claim.text
    asserts_safety = bool(policy.safety_claim.search(text))
    precaution = bool(policy.safety_precaution.search(text)) and (bool(target) or not asserts_safety)
    harm_claim = not precaution and not asserts_safety and bool(policy.safety_harm_claim.search(text))
    subject = f"of {intervention} in people with {target}" if precaution and target else subject_phrase(intervention, target)
    counted = [g for g in counted if policy.safety_topic.search(f"{g.title} {g.deciding_sentence}")]
    human = [g for g in counted if not g.preclinical]
    harm_reports = [g for g in human if g.design in ("case report", "case series")]
    serious = [g for g in human if g.direction == "harm" and g.level <= policy.safety_harm_max_level
               and policy.safety_serious.search(g.deciding_sentence)
               and not policy.safety_reassurance.search(g.deciding_sentence)]
    safety_studies = [g for g in human if g.level <= policy.safety_max_level and g not in harm_reports
                      and g not in serious]
    n_strong = len(serious) + len(safety_studies)
    n_other = len(counted) - n_strong
    if not counted:
        what = "study of adverse events or harm" if precaution else "adverse-event study"
        return Judgement("no_evidence", (f"No relevant {what} {subject} was found.",), "safety")
    summary = f"{count_designs(counted)} on adverse events {subject}."
    decisive = tuple(serious + safety_studies + harm_reports)

    def out(verdict: str, why: str, situation: str = "", cite: Sequence[StudyGrade] = ()) -> Judgement:
        return Judgement(verdict, (summary, why), situation, n_strong, n_other, tuple(cite), decisive)

    if precaution:
        if serious:
            return out("supported", f"{count_designs(serious)} {verb(serious, 'reports', 'report')} serious harm, "
                       "which supports the precaution.", "", serious)
        return out("weak", "The precaution rests on reviews or isolated reports, not on studies that measured harm "
                   "in this group.", "safety")
    if harm_claim:
        reported = [g for g in human if g.direction == "harm"] + harm_reports
        if reported or safety_studies:
            return out("supported", "Adverse-event studies and reports describe such events, so stating them is "
                       "accurate.", "", list(dict.fromkeys(reported + safety_studies)))
        return out("weak", "The adverse-event studies found do not describe these events.", "low_certainty")
    if serious:
        return out("contradicted", f"{count_designs(serious)} at a controlled level "
                   f"{verb(serious, 'reports', 'report')} serious harm.", "", serious)
    reasons = [summary]
    if harm_reports:
        reasons.append(f"{count_designs(harm_reports)} {verb(harm_reports, 'describes', 'describe')} rare serious "
                       "complications.")
    overstated = policy.safety_overstated.search(text) or (policy.absolute_wording and claim.wording == "absolute")
    if overstated:
        reasons.append("Adverse-event studies report mostly minor events but not none, so absolute wording "
                       "overstates safety.")
        return Judgement("weak", tuple(reasons), "absolute", n_strong, n_other, (), decisive)
    if len(safety_studies) >= policy.safety_min_studies:
        reasons.append(f"{count_designs(safety_studies)} of adverse events found no serious harm at a controlled "
                       "level, which supports a hedged safety statement.")
        cite_first = sorted(safety_studies, key=lambda g: (not policy.safety_topic.search(g.title), g.level))
        return Judgement("supported", tuple(reasons), "", n_strong, n_other, tuple(cite_first), decisive)
    reasons.append(f"Fewer than {policy.safety_min_studies} adverse-event studies (other than case reports) bear on it.")
    return Judgement("weak", tuple(reasons), "low_certainty", n_strong, n_other, (), decisive)
