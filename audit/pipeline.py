"""The audit entry point: plan every query of an article once, grade, check citations, decide verdicts."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata

from claims.model import CitationMention, Claim, ClaimLedger
from claims.vocabulary import Vocabulary, load_vocabulary

from .citations import build_citation_queries, check_citation
from .grading import grade_study
from .model import AuditResult, CitationCheck, ClaimVerdict, Provenance, Record, StudyGrade
from .planner import PlannedQuery, PlanResult, normalise_query, run_plan
from .policy import Policy, load_policy
from .queries import build_claim_queries, phrase_block, term_block
from .source import EvidenceSource
from .verdicts import decide

__all__ = ["audit_claims", "tool_version"]

#: ``progress(stage, done, total)`` — stages "search", "fetch" (from the planner) and "decide".
Progress = Callable[[str, int, int], None]


def tool_version() -> str:
    try:
        return metadata.version("claim-audit")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def _mentions(ledger: ClaimLedger) -> tuple[list[CitationMention], dict[str, list[Claim]]]:
    """Every citation mention of the article (ledger-level and per claim) and the claims citing each."""
    mentions: dict[str, CitationMention] = {m.id: m for m in ledger.citations}
    citing: dict[str, list[Claim]] = {}
    for claim in ledger.claims:
        for m in claim.citations:
            mentions.setdefault(m.id, m)
            citing.setdefault(m.id, []).append(claim)
    return list(mentions.values()), citing


def _safety_queries(claim: Claim, vocabulary: Vocabulary, policy: Policy) -> list[PlannedQuery]:
    """A safety claim is judged on adverse-event literature: search the intervention with the policy's terms."""
    credited = claim.intervention or (claim.subject_in_text[0] if claim.subject_in_text else None)
    if claim.kind != "safety" or not credited or not policy.safety_query_terms:
        return []
    term = vocabulary.get(credited, "intervention")
    block = term_block(term) if term is not None else phrase_block(credited)
    terms = " OR ".join(f'"{t}"[tiab]' for t in policy.safety_query_terms)
    return [PlannedQuery(claim.id, normalise_query(f"{block} AND ({terms})"), "intervention x adverse events")]


_COMPOUND = re.compile(r"\s+(?:and|or|&)\s+|\s*/\s*")


def _compound_queries(claim: Claim, vocabulary: Vocabulary) -> list[PlannedQuery]:
    """A compound target ("headaches and migraines") is also searched by its parts (headache*, migraine*),
    since papers name one or the other; relevance still judges each record against the whole target."""
    credited = claim.intervention or (claim.subject_in_text[0] if claim.subject_in_text else None)
    if not credited:
        return []
    term = vocabulary.get(credited, "intervention")
    block = term_block(term) if term is not None else phrase_block(credited)
    out = []
    for name, kind in [*((c, "condition") for c in claim.conditions), *((o, "outcome") for o in claim.outcomes)]:
        parts = [p.strip().lower() for p in _COMPOUND.split(name) if p.strip()]
        if len(parts) < 2:
            continue
        forms = []
        for part in parts:
            word = re.sub(r"[^a-z0-9 -]", "", part)
            if " " not in word and len(word) > 4:
                forms.append(f"{word[:-1] if word.endswith('s') else word}*[tiab]")
            elif word:
                forms.append(f'"{word}"[tiab]')
        query = normalise_query(f"{block} AND ({' OR '.join(forms)})")
        out.append(PlannedQuery(claim.id, query, f"intervention x {kind} (by its parts)"))
    return out


def _focus(claim: Claim) -> Claim:
    """The claim narrowed to its headline target (first outcome, else first condition)."""
    if claim.outcomes:
        return dataclasses.replace(claim, conditions=(), outcomes=claim.outcomes[:1])
    return dataclasses.replace(claim, conditions=claim.conditions[:1], outcomes=())


def _specific(claim: Claim) -> Claim:
    """The claim without outcomes its conditions already name ("pain" beside "neck pain"): a study of
    low-back pain matches "pain" but is no evidence about neck pain."""
    outcomes = tuple(o for o in claim.outcomes if not any(o in c for c in claim.conditions))
    return claim if outcomes == claim.outcomes else dataclasses.replace(claim, outcomes=outcomes)


def _single_targets(claim: Claim, limit: int = 4) -> list[tuple[str, Claim]]:
    """The claim narrowed to each of its targets, when it has several ("pain, inflammation and well-being");
    outcomes already named by a condition ("pain" beside "neck pain") are not separate targets."""
    conditions = list(dict.fromkeys(claim.conditions))
    outcomes = [o for o in dict.fromkeys(claim.outcomes) if not any(o in c for c in conditions)]
    if len(conditions) + len(outcomes) < 2:
        return []
    singles = [(c, dataclasses.replace(claim, conditions=(c,), outcomes=())) for c in conditions]
    singles += [(o, dataclasses.replace(claim, conditions=(), outcomes=(o,))) for o in outcomes]
    return singles[:limit]


def _grade_all(records: list[Record], claim: Claim, vocabulary: Vocabulary) -> list[StudyGrade]:
    return [grade_study(r, claim, vocabulary) for r in records]


def audit_claims(
    ledger: ClaimLedger,
    source: EvidenceSource,
    *,
    policy: Policy | None = None,
    vocabulary: Vocabulary | None = None,
    progress: Progress | None = None,
) -> AuditResult:
    """Audit every claim of ``ledger`` against ``source`` (live PubMed, a cache or a local library).

    All claim and citation queries of the article go through one ``run_plan`` (each distinct query
    searched once, records fetched once in batches). Every claim gets a verdict; a claim whose
    queries failed gets ``error`` with the reason.
    """
    policy = policy or load_policy()
    vocabulary = vocabulary or load_vocabulary()
    mentions, citing = _mentions(ledger)
    planned: list[PlannedQuery] = []
    for claim in ledger.claims:
        planned += build_claim_queries(claim, vocabulary)
        planned += _safety_queries(claim, vocabulary, policy)
        planned += _compound_queries(claim, vocabulary)
    for m in mentions:
        first = citing.get(m.id, [None])[0]
        planned += build_citation_queries(m, first, vocabulary, policy)
    plan = run_plan(planned, source, progress=progress)

    checks: dict[str, CitationCheck] = {}
    for m in mentions:
        claims = citing.get(m.id, [])
        checks[m.id] = check_citation(
            m, plan, claim=claims[0] if claims else None, vocabulary=vocabulary, policy=policy,
            claim_ids=[c.id for c in claims], source=source,
        )

    verdicts: list[ClaimVerdict] = []
    total = len(ledger.claims)
    for n, claim in enumerate(ledger.claims, start=1):
        verdicts.append(_decide_one(claim, plan, checks, policy, vocabulary))
        if progress is not None:
            progress("decide", n, total)

    return AuditResult(
        ledger=ledger,
        verdicts=tuple(verdicts),
        citations=tuple(checks.values()),
        provenance=_provenance(plan, source, policy, vocabulary),
    )


def _decide_one(
    claim: Claim, plan: PlanResult, checks: dict[str, CitationCheck], policy: Policy, vocabulary: Vocabulary
) -> ClaimVerdict:
    runs = plan.runs_for(claim.id)
    claim_checks = [checks[m.id] for m in claim.citations if m.id in checks]
    errors = [str(e) for e in plan.errors_for(claim.id)]
    if not (claim.intervention or claim.subject_in_text):
        return ClaimVerdict(
            claim_id=claim.id, verdict="no_evidence", confidence=policy.confidence("no_evidence"),
            reasons=("The claim names no intervention the vocabulary knows, so nothing could be searched; add the "
                     "intervention to the vocabulary to audit it.",),
            suggested_wording="name the treatment the claim is about, or remove the claim.",
            citation_checks=tuple(claim_checks),
        )
    try:
        records = plan.records_for(claim.id)
        grades = _grade_all(records, _specific(claim), vocabulary)
        credited = claim.intervention or (claim.subject_in_text[0] if claim.subject_in_text else "")
        others = [o for o in claim.subject_in_text if o and o != credited]
        comparison: dict[str, list[StudyGrade]] = {}
        if others:
            # Compare the interventions on the claim's headline target ("Improved sleep: …" -> sleep).
            focus = _focus(claim)
            for name in [*others, credited]:
                comparison[name] = _grade_all(records, dataclasses.replace(focus, intervention=name), vocabulary)
        by_target = {
            name: _grade_all(records, single, vocabulary) for name, single in _single_targets(claim)
        } if claim.kind not in ("mechanism", "safety") else {}
        return decide(claim, grades, claim_checks, policy, queries=runs, comparison=comparison,
                      by_target=by_target, error="; ".join(errors) or None)
    except Exception as exc:  # noqa: BLE001 - one claim's failure must not sink the article's audit
        message = f"{type(exc).__name__}: {exc}"
        return decide(claim, [], claim_checks, policy, queries=runs, error=f"grading failed ({message})")


def _provenance(plan: PlanResult, source: EvidenceSource, policy: Policy, vocabulary: Vocabulary) -> Provenance:
    kinds = {q.source for runs in plan.runs.values() for q in runs if q.source}
    evidence = kinds.pop() if len(kinds) == 1 else ("mixed" if kinds else getattr(source, "name", "unknown"))
    lib_source = source if getattr(source, "name", "") == "library" else getattr(source, "primary", None)
    library = None
    if lib_source is not None:
        imported = getattr(lib_source, "sources", None)  # XML files imported into an in-memory library
        library = ", ".join(map(str, imported)) if imported else getattr(lib_source, "path", None)
    cache = getattr(getattr(source, "cache", None), "path", None)
    return Provenance(
        tool_version=tool_version(),
        policy_version=policy.version,
        vocabulary_version=vocabulary.version,
        audited_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        evidence_source=evidence,
        library=str(library) if library is not None else None,
        cache=str(cache) if cache is not None else None,
        requests_made=plan.requests or 0,
        offline=bool(getattr(source, "offline", getattr(source, "name", "") == "library")),
        endpoint=_endpoint(source),
    )


def _endpoint(source: EvidenceSource) -> str | None:
    """The E-utilities base URL when answers came from somewhere other than NCBI itself."""
    client = source if hasattr(source, "base_url") else getattr(source, "fallback", None)
    url = getattr(client, "base_url", None)
    return None if url is None or getattr(client, "name", "") == "live" else str(url)
