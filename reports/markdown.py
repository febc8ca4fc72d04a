"""A Markdown report for tickets and pull requests: counts, then each claim worst first."""

from __future__ import annotations

import re

from audit.model import VERDICTS, AuditResult, StudyGrade

from .labels import load_labels
from .view import claim_views, study_url, worst_first

__all__ = ["render_markdown", "md_escape"]

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(text: object) -> str:
    """Text safe inside Markdown: HTML-escaped, markup characters backslash-escaped, one line."""
    s = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _SPECIAL.sub(r"\\\1", s)
    s = re.sub(r"\s+", " ", s).strip()
    return "\\" + s if s[:1] in ("#", "+", "-", "=") else s


def _link(text: str, url: str) -> str:
    return f"[{md_escape(text)}](<{url}>)" if url else md_escape(text)


#: Studies listed per claim before the rest fold into a <details> block (GitHub and GitLab render it).
SHOWN_STUDIES = 5


def _study_table(studies: list[tuple[str, StudyGrade]]) -> list[str]:
    lines = ["| study | design | year | direction | role |", "|---|---|---:|---|---|"]
    for role, s in studies:
        title = s.title + (" [RETRACTED]" if s.retracted else "")
        lines.append(
            f"| {_link(title, study_url(s.pmid, s.doi))} | {md_escape(s.design)} | {s.year or ''} | "
            f"{md_escape(s.direction)} | {role} |"
        )
    return lines


def render_markdown(result: AuditResult) -> str:
    labels = load_labels()
    prov = result.provenance
    art = result.ledger.article
    counts = result.counts()
    out = [
        f"# Claim audit: {md_escape(art.title)}",
        "",
        f"Source: {md_escape(art.source)} · audited {md_escape(prov.audited_at)} · evidence: "
        f"{md_escape(prov.evidence_source)} · claim-audit {md_escape(prov.tool_version)} · "
        f"policy {md_escape(prov.policy_version)}",
        "",
        "| verdict | claims |",
        "|---|---:|",
    ]
    out += [f"| {labels.verdict(v).label} | {counts.get(v, 0)} |" for v in VERDICTS]
    out.append("")
    for cv in worst_first(claim_views(result)):
        v = cv.verdict
        label = labels.verdict(cv.final).label
        head = f"## {cv.number}. {label}"
        if v.override:
            head += f" (override of {labels.verdict(v.verdict).label})"
        out += [head, "", f"> {md_escape(cv.claim.text)}", ""]
        if cv.section:
            out.append(f"*Section:* {md_escape(cv.section)}  ")
        out.append(f"*Claim id:* `{cv.claim.id}` · confidence {v.confidence:.2f}")
        out.append("")
        if v.override:
            o = v.override
            out += [f"**Reviewer override** by {md_escape(o.reviewer or 'unknown')}"
                    f"{' on ' + md_escape(o.date) if o.date else ''}: {md_escape(o.note)}", ""]
        out += [f"- {md_escape(r)}" for r in v.reasons]
        if v.error:
            out.append(f"- Error: {md_escape(v.error)}")
        if v.suggested_wording:
            out += ["", f"**Suggested wording:** {md_escape(v.suggested_wording)}"]
        studies = [("evidence", s) for s in v.evidence] + [("comparison", s) for s in v.comparison]
        if studies:
            out += ["", *_study_table(studies[:SHOWN_STUDIES])]
            if len(studies) > SHOWN_STUDIES:
                rest = len(studies) - SHOWN_STUDIES
                out += ["", f"<details><summary>{rest} more studies (of {len(studies)})</summary>", "",
                        *_study_table(studies[SHOWN_STUDIES:]), "", "</details>"]
        if v.queries:
            out += ["", f"<details><summary>Queries ({len(v.queries)})</summary>", ""]
            out += [f"- `{q.query.replace('`', '')}` → {q.count if q.count is not None else 'failed'}"
                    for q in v.queries]
            out += ["", "</details>"]
        out.append("")
    if result.citations:
        out += ["## Citations", ""]
        for ch in result.citations:
            out.append(f"- {md_escape(ch.mention_text)} — **{labels.status(ch.status).label}**: {md_escape(ch.reason)}")
            for ref in ch.matches:
                out.append(f"  - matches {_link(ref.title, study_url(ref.pmid, ref.doi))} ({ref.year or 'n.d.'})")
            for ref in ch.closest:
                out.append(f"  - closest {_link(ref.title, study_url(ref.pmid, ref.doi))} ({ref.year or 'n.d.'})")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
