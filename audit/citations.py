"""Citation checks: resolve each citation mention to real studies and say whether it holds."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from claims.model import CitationMention, Claim
from claims.vocabulary import Vocabulary

from .design import classify_design
from .errors import AuditError
from .model import CitationCheck, Record, StudyRef
from .planner import PlannedQuery, PlanResult, normalise_query
from .policy import Policy, load_policy
from .queries import phrase_block, term_block
from .relevance import phrase_found, term_forms

__all__ = [
    "build_citation_queries",
    "check_citation",
    "citation_owner",
    "is_checkable",
    "journal_matches",
    "DESIGN_PUBLICATION_TYPES",
]

#: The publication-type clause searched for each cited design ("study" has none).
DESIGN_PUBLICATION_TYPES = {
    "meta-analysis": '("Meta-Analysis"[pt] OR "Systematic Review"[pt])',
    "systematic review": '("Systematic Review"[pt] OR "Meta-Analysis"[pt])',
    "randomized controlled trial": '"Randomized Controlled Trial"[pt]',
    "case report": '"Case Reports"[pt]',
    "review": '"Review"[pt]',
}
_SPECIFIC = set(DESIGN_PUBLICATION_TYPES) | {"cohort study"}
_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "&", "de", "la", "und", "a"}


def citation_owner(mention: CitationMention) -> str:
    """The owner name of a mention's queries in a plan (kept apart from claim ids)."""
    return f"citation:{mention.id}"


def is_checkable(mention: CitationMention) -> bool:
    """Whether a mention names anything we can look up (a bare "Source: 1" or "another study" does not)."""
    if not mention.resolvable and not (mention.design in _SPECIFIC and mention.n_studies is not None):
        return False
    if mention.pmid or mention.doi or mention.journal or mention.journal_abbrev or mention.authors:
        return True
    if mention.marker:  # "Source: 1", "[3]": only a reference list could resolve it
        return False
    # "a systematic review of 15 randomized controlled trials": design and size can be looked up by topic,
    # even when the extractor saw no journal or year to resolve it by.
    return mention.design in _SPECIFIC and (mention.year is not None or mention.n_studies is not None)


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", name.lower()) if w not in _SMALL_WORDS]


def journal_matches(cited: str | None, abbrev: str | None, record: Record) -> bool:
    """Same journal: equal names, or the record's NLM abbreviation abbreviates the cited full title."""
    names = [n for n in (abbrev, cited) if n]
    have = [n for n in (record.journal, record.journal_title) if n]
    for name in names:
        for other in have:
            a, b = _words(name), _words(other)
            if a == b:
                return True
            short, long_ = (a, b) if len(" ".join(a)) <= len(" ".join(b)) else (b, a)
            if len(short) == len(long_) and all(w2.startswith(w1) for w1, w2 in zip(short, long_, strict=True)):
                return True
    return False


def _topic(mention: CitationMention, claim: Claim | None, vocabulary: Vocabulary) -> tuple[str | None, tuple[str, ...]]:
    if claim is not None and (claim.intervention or claim.subject_in_text):
        return claim.intervention or claim.subject_in_text[0], tuple(claim.conditions or claim.outcomes)
    found = vocabulary.find(mention.text, "intervention")
    return (found[0].term.name if found else None), ()


def _block(name: str, vocabulary: Vocabulary, kind: str | None) -> str:
    term = vocabulary.get(name, kind)
    return term_block(term) if term is not None else phrase_block(name)


def build_citation_queries(
    mention: CitationMention, claim: Claim | None, vocabulary: Vocabulary, policy: Policy | None = None
) -> list[PlannedQuery]:
    """Queries that resolve a mention: by id; by journal + year + design + topic; by journal + year +
    topic (other designs); and topic + design for the closest real matches. None for an uncheckable one."""
    if not is_checkable(mention):
        return []
    policy = policy or load_policy()
    owner = citation_owner(mention)
    out: list[PlannedQuery] = []

    def add(query: str, purpose: str) -> None:
        out.append(PlannedQuery(owner, normalise_query(query), purpose))

    if mention.pmid:
        add(f"{mention.pmid}[pmid]", "citation: PMID")
    if mention.doi:
        add(f'"{mention.doi.lower()}"[doi]', "citation: DOI")
    intervention, targets = _topic(mention, claim, vocabulary)
    if intervention is None:
        return out
    topic = _block(intervention, vocabulary, "intervention")
    target = " AND ".join(_block(t, vocabulary, None) for t in targets[:1])
    design = DESIGN_PUBLICATION_TYPES.get(mention.design or "")
    journal = mention.journal_abbrev or mention.journal
    tol = policy.citation_year_tolerance
    year = None
    if mention.year is not None:
        year = f"{mention.year}[dp]" if tol == 0 else f"{mention.year - tol}:{mention.year + tol}[dp]"
    if journal:
        where = " AND ".join(p for p in (f'"{journal}"[ta]', year) if p)
        if design:
            add(f"{where} AND {design} AND {topic}", "citation: journal, year, design and topic")
        add(f"{where} AND {topic}", "citation: journal, year and topic")
    elif year and design:
        add(f"{year} AND {design} AND {topic}", "citation: year, design and topic")
    if mention.authors:
        add(f'"{mention.authors[0]}"[au] AND {topic}', "citation: first author and topic")
    closest = " AND ".join(p for p in (topic, target, design) if p)
    add(closest, "citation: closest matches (topic and design)")
    if target and design:
        add(f"{topic} AND {design}", "citation: closest matches (intervention and design)")
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class _Candidate:
    record: Record
    design: str
    level: int
    journal: bool
    year: bool
    year_gap: int
    design_ok: bool
    intervention: bool
    target: bool
    count_ok: bool
    author: bool
    by_id: bool

    def ref(self, why: str = "") -> StudyRef:
        r = self.record
        return StudyRef(key=r.key, pmid=r.pmid, doi=r.doi, title=r.title, journal=r.journal, year=r.year,
                        design=self.design, why=why)


def _fold(name: str) -> str:
    """A surname as compared: lower case without accents ("Hernández-Secorún" = "Hernandez-Secorun")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _text(record: Record) -> str:
    return " ".join((record.title, record.abstract_text, " ".join(record.mesh), " ".join(record.keywords)))


def _candidate(record: Record, mention: CitationMention, claim: Claim | None, vocabulary: Vocabulary,
               policy: Policy) -> _Candidate:
    design = classify_design(record)
    text = _text(record)
    intervention, targets = _topic(mention, claim, vocabulary)
    has_intervention = intervention is None or any(
        phrase_found(f, text) for f in term_forms(intervention, vocabulary, "intervention"))
    has_target = not targets or any(phrase_found(f, text) for t in targets for f in term_forms(t, vocabulary))
    levels = policy.citation_design_levels.get(mention.design or "study", (1, 2, 3, 4, 5))
    gap = abs(record.year - mention.year) if (mention.year is not None and record.year) else 0
    n = mention.n_studies
    count_ok = n is None or re.search(rf"(?<!\d){n}\s+(?:randomi[sz]ed|RCTs?|trials|studies|controlled)", text, re.I) is not None
    first = _fold(mention.authors[0].split()[0]) if mention.authors else ""
    return _Candidate(
        record=record,
        design=design.design,
        level=design.level,
        journal=journal_matches(mention.journal, mention.journal_abbrev, record),
        year=mention.year is None or (record.year is not None and gap <= policy.citation_year_tolerance),
        year_gap=gap,
        design_ok=design.level in levels,
        intervention=has_intervention,
        target=has_target,
        count_ok=count_ok,
        author=not first or any(_fold(a).startswith(first) for a in record.authors),
        by_id=bool((mention.pmid and record.pmid == mention.pmid)
                   or (mention.doi and (record.doi or "").lower() == mention.doi.lower())),
    )


def _describe(mention: CitationMention, intervention: str | None, targets: Sequence[str]) -> str:
    design = mention.design if mention.design and mention.design != "study" else "study"
    if mention.n_studies is not None:
        design += f" of {mention.n_studies} trials"
    topic = f" of {intervention}" if intervention else ""
    topic += f" for {targets[0]}" if targets else ""
    where = f" in {mention.journal_abbrev or mention.journal}" if (mention.journal_abbrev or mention.journal) else ""
    when = f" in {mention.year}" if mention.year else ""
    return f"{design}{topic}{where}{when}"


def _design_phrase(design: str) -> str:
    return "a study of another design" if design == "other" else f"a {design}"


def _why(c: _Candidate, mention: CitationMention, targets: Sequence[str]) -> str:
    cited = mention.design or "study"
    off_topic = "" if c.target else (f", not on {targets[0]}" if targets else "")
    if c.journal and c.year and not c.design_ok:
        return f"same journal and year, but {_design_phrase(c.design)}, not a {cited}{off_topic}"
    parts = ["right topic" if c.target else f"same intervention{off_topic}"]
    if cited == "study" or c.design_ok:
        parts.append(_design_phrase(c.design))
    else:
        parts.append(f"{_design_phrase(c.design)}, not a {cited}")
    if mention.journal or mention.journal_abbrev:
        parts.append("same journal" if c.journal else f"other journal ({c.record.journal})")
    if mention.year is not None:
        parts.append("same year" if c.year else f"published {c.record.year}")
    return ", ".join(parts)


_SOURCE_NAMES = {"library": "the local library", "live": "PubMed", "mirror": "an E-utilities mirror or emulator", "cache": "cached PubMed responses"}


def check_citation(
    mention: CitationMention,
    plan: PlanResult,
    *,
    claim: Claim | None = None,
    vocabulary: Vocabulary,
    policy: Policy | None = None,
    claim_ids: Sequence[str] = (),
    source: object | None = None,
) -> CitationCheck:
    """Verified, mismatch (with the closest real matches and why), unverifiable, retracted or error."""
    policy = policy or load_policy()
    owner = citation_owner(mention)
    runs = plan.runs_for(owner)
    lookup_failed = ""

    def make(status: str, reason: str, matches: tuple[StudyRef, ...] = (), closest: tuple[StudyRef, ...] = ()) -> CitationCheck:
        reason += lookup_failed
        return CitationCheck(mention_id=mention.id, mention_text=mention.text, status=status, reason=reason,
                             claim_ids=tuple(claim_ids), matches=matches, closest=closest, queries=runs)

    if not is_checkable(mention):
        if mention.marker:
            reason = "it points to a reference list the article does not have, so there is nothing to look up."
        elif not mention.resolvable and mention.note:
            reason = f"{mention.note.rstrip('.')}, so there is nothing to look up."
        else:
            reason = "it names no journal, year, authors or identifier to look up."
        return make("unverifiable", reason)
    failures = [str(e) for e in plan.errors_for(owner)] + [f"{q.query}: {q.error}" for q in runs if q.error]
    if failures:
        return make("error", "the search for this citation failed: " + "; ".join(failures[:2]))
    records = plan.records_for(owner)
    cited, lookup_failed = _citmatch_records(mention, source, {r.key for r in records})
    records += cited
    intervention, targets = _topic(mention, claim, vocabulary)
    cands = [_candidate(r, mention, claim, vocabulary, policy) for r in records]
    wanted = _describe(mention, intervention, targets)
    origin = {_SOURCE_NAMES.get(q.source, q.source) for q in runs if q.source} or {"the evidence source"}
    where = " or ".join(sorted(origin))
    if mention.pmid or mention.doi:
        hits = [c for c in cands if c.by_id]
    else:
        hits = [c for c in cands if c.journal or not (mention.journal or mention.journal_abbrev)]
        hits = [c for c in hits if c.year and c.design_ok and c.intervention and c.target and c.count_ok and c.author]
    primary_first = {2: 0, 3: 1, 1: 2, 4: 3, 5: 4}  # "a study" reads as a trial before a review
    hits.sort(key=lambda c: (c.level if mention.design not in (None, "study") else primary_first.get(c.level, 5),
                             c.year_gap, c.record.key))
    if hits and all(c.intervention for c in hits):
        matches = tuple(c.ref("matches the citation") for c in hits[: policy.citation_max_matches])
        retracted = [c for c in hits if c.record.retracted]
        if retracted:
            notes = "; ".join(retracted[0].record.retraction_notes) or "marked retracted in PubMed"
            return make("retracted", f"the matching study was retracted ({notes}).", matches)
        return make("verified", f"a {wanted} exists: {hits[0].record.title}.", matches)
    closest = _closest(cands, mention, policy, targets)
    local_only = bool(runs) and all(q.source == "library" for q in runs)
    if local_only and not any(c.intervention and c.target for c in cands):
        topic = f"{intervention or 'this topic'}" + (f" for {targets[0]}" if targets else "")
        return make("unverifiable", f"the local library holds no study of {topic}, so its absence there proves "
                    "nothing; check it against PubMed (run without --offline).")
    reason = f"no {wanted} was found in {where}. {len(records)} candidate records were checked."
    pinned = mention.journal or mention.journal_abbrev or mention.year or mention.authors or mention.pmid or mention.doi
    if not pinned:  # "a systematic review of 15 trials": not finding it does not show it does not exist
        return make("unverifiable", f"no {wanted} was found in {where}, and the mention gives no journal, year or "
                    "authors to pin it down.", closest=closest)
    if hits:  # found by id, but about something else
        reason = f"the cited paper ({hits[0].record.title}) is not about {intervention}."
    return make("mismatch", reason[:1].upper() + reason[1:], closest=closest)


def _closest(
    cands: Sequence[_Candidate], mention: CitationMention, policy: Policy, targets: Sequence[str]
) -> tuple[StudyRef, ...]:
    groups: list[list[_Candidate]] = [[], [], [], []]
    for c in cands:
        if not c.intervention:
            continue
        if c.design_ok and c.target:
            groups[0].append(c)
        elif c.journal and c.year:
            groups[1].append(c)
        elif c.design_ok or c.target:
            groups[2].append(c)
        else:
            groups[3].append(c)
    for g in groups:
        g.sort(key=lambda c: (not c.journal, not c.count_ok, c.year_gap, c.level, c.record.key))
    limit = policy.citation_max_closest
    picked = groups[0][: limit - (1 if groups[1] else 0)] + groups[1][:1]
    for c in [*groups[0], *groups[1], *groups[2], *groups[3]]:
        if len(picked) >= limit:
            break
        if c not in picked:
            picked.append(c)
    return tuple(c.ref(_why(c, mention, targets)) for c in picked[:limit])


def _citmatch_records(mention: CitationMention, source: object | None, have: set[str]) -> tuple[list[Record], str]:
    """ECitMatch when the mention gives volume and first page; confirmed later by topic and author like
    any other candidate, since ecitmatch can return the wrong paper. Returns the records and, when the
    lookup failed, why (the check goes on with what the searches found and says so)."""
    volume, page = mention.volume, mention.first_page
    citmatch, fetch = getattr(source, "citmatch", None), getattr(source, "fetch", None)
    if not (volume and page and callable(citmatch) and callable(fetch)):
        return [], ""
    author = mention.authors[0] if mention.authors else None
    try:
        ids = [i for i in citmatch(mention.journal_abbrev or mention.journal, mention.year, volume, page, author)
               if i not in have]
        return (list(fetch(ids)) if ids else []), ""
    except AuditError as e:
        return [], f" (The ECitMatch look-up by volume {volume}, page {page} failed: {e})"
