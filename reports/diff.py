"""What changed between two audits of an article: claims added, removed, verdicts and evidence changed."""

from __future__ import annotations

from dataclasses import dataclass

from audit.model import AuditResult, ClaimVerdict, StudyGrade

__all__ = ["ClaimChange", "CitationChange", "AuditDiff", "diff_audits", "format_diff"]


@dataclass(frozen=True)
class ClaimChange:
    """A claim in one audit only (added/removed: one verdict is None) or in both with differences."""

    claim_id: str
    text: str
    old_verdict: str | None
    new_verdict: str | None
    new_studies: tuple[str, ...] = ()  # "PMID 1 (title)" lines
    dropped_studies: tuple[str, ...] = ()
    new_retractions: tuple[str, ...] = ()

    @property
    def verdict_changed(self) -> bool:
        return self.old_verdict != self.new_verdict


@dataclass(frozen=True)
class CitationChange:
    """A citation mention whose status changed, appeared or disappeared."""

    mention_text: str
    old_status: str | None
    new_status: str | None


@dataclass(frozen=True)
class AuditDiff:
    """The differences between an old and a new audit (compared by stable claim id)."""

    old_source: str
    new_source: str
    old_audited_at: str
    new_audited_at: str
    added: tuple[ClaimChange, ...]
    removed: tuple[ClaimChange, ...]
    changed: tuple[ClaimChange, ...]
    unchanged: int
    citations: tuple[CitationChange, ...] = ()

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.citations)


def _studies(v: ClaimVerdict) -> dict[str, StudyGrade]:
    return {s.key: s for s in (*v.evidence, *v.comparison)}


def _name(s: StudyGrade) -> str:
    ident = f"PMID {s.pmid}" if s.pmid else s.key
    return f"{ident} ({s.title})"


def _texts(result: AuditResult) -> dict[str, str]:
    return {c.id: c.text for c in result.ledger.claims}


def diff_audits(old: AuditResult, new: AuditResult) -> AuditDiff:
    """Compare two audits; verdicts are final verdicts (reviewer overrides included)."""
    old_v = {v.claim_id: v for v in old.verdicts}
    new_v = {v.claim_id: v for v in new.verdicts}
    old_t, new_t = _texts(old), _texts(new)
    added = tuple(
        ClaimChange(cid, new_t.get(cid, ""), None, v.final_verdict) for cid, v in new_v.items() if cid not in old_v
    )
    removed = tuple(
        ClaimChange(cid, old_t.get(cid, ""), v.final_verdict, None) for cid, v in old_v.items() if cid not in new_v
    )
    changed: list[ClaimChange] = []
    unchanged = 0
    for cid, nv in new_v.items():
        ov = old_v.get(cid)
        if ov is None:
            continue
        before, after = _studies(ov), _studies(nv)
        new_studies = tuple(_name(s) for k, s in after.items() if k not in before)
        dropped = tuple(_name(s) for k, s in before.items() if k not in after)
        retracted = tuple(
            _name(s) for k, s in after.items() if s.retracted and not (k in before and before[k].retracted)
        )
        change = ClaimChange(cid, new_t.get(cid, ""), ov.final_verdict, nv.final_verdict, new_studies, dropped,
                             retracted)
        if change.verdict_changed or new_studies or dropped or retracted:
            changed.append(change)
        else:
            unchanged += 1
    old_c = {c.mention_id: c for c in old.citations}
    new_c = {c.mention_id: c for c in new.citations}
    citations = tuple(
        CitationChange(
            (new_c.get(mid) or old_c[mid]).mention_text,
            old_c[mid].status if mid in old_c else None,
            new_c[mid].status if mid in new_c else None,
        )
        for mid in [*old_c, *(m for m in new_c if m not in old_c)]
        if (old_c[mid].status if mid in old_c else None) != (new_c[mid].status if mid in new_c else None)
    )
    return AuditDiff(
        old_source=old.ledger.article.source,
        new_source=new.ledger.article.source,
        old_audited_at=old.provenance.audited_at,
        new_audited_at=new.provenance.audited_at,
        added=added,
        removed=removed,
        changed=tuple(changed),
        unchanged=unchanged,
        citations=citations,
    )


def format_diff(diff: AuditDiff) -> str:
    """The diff as plain text: a header, then one block per added (+), removed (-), changed (~) claim."""
    lines = [f"old: {diff.old_source} (audited {diff.old_audited_at})",
             f"new: {diff.new_source} (audited {diff.new_audited_at})"]
    if diff.old_source != diff.new_source:
        lines.append("note: the audits are of different sources, so few claim ids can match")
    lines.append(
        f"claims: {len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed, "
        f"{diff.unchanged} unchanged"
    )
    if not diff.has_changes:
        lines.append("No changes.")
        return "\n".join(lines) + "\n"
    for c in diff.added:
        lines.append(f"+ {c.claim_id} [{c.new_verdict}] {c.text}")
    for c in diff.removed:
        lines.append(f"- {c.claim_id} [{c.old_verdict}] {c.text}")
    for c in diff.changed:
        lines.append(f"~ {c.claim_id} {c.text}")
        if c.verdict_changed:
            lines.append(f"    verdict: {c.old_verdict} -> {c.new_verdict}")
        lines += [f"    new study: {s}" for s in c.new_studies]
        lines += [f"    no longer found: {s}" for s in c.dropped_studies]
        lines += [f"    retracted: {s}" for s in c.new_retractions]
    for ch in diff.citations:
        lines.append(f"~ citation {ch.mention_text!r}: {ch.old_status or 'absent'} -> {ch.new_status or 'absent'}")
    return "\n".join(lines) + "\n"
