"""The HTML report: one self-contained file (inline CSS and SVG, no scripts), every string escaped."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from audit.model import VERDICTS, AuditResult, QueryRun, StudyGrade, StudyRef

from .labels import Labels, load_labels
from .view import claim_views, evidence_label, safe_url, study_url, worst_first

__all__ = ["render_html", "verdict_chart"]


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=True,  # every template variable is escaped, whatever the file name
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(study_table=_study_table, query_table=_query_table, ref_link=_ref_link)
    return env


def _link(text: str, url: str) -> Markup:
    if not url:
        return escape(text)
    return Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(url, text)


def _ref_link(ref: StudyRef) -> Markup:
    ident = f"PMID {ref.pmid}" if ref.pmid else (f"doi:{ref.doi}" if ref.doi else ref.key)
    return Markup("{} ({}, {}, {})").format(
        _link(ref.title, study_url(ref.pmid, ref.doi)), ref.journal, ref.year or "n.d.", ident
    )


#: Studies shown per claim before the rest fold into "Show all".
SHOWN_STUDIES = 5


def _study_table(studies: Iterable[StudyGrade]) -> Markup:
    """The first SHOWN_STUDIES studies in a table, the others in a folded second table."""
    rows = _study_rows(studies)
    table = _table_of(rows[:SHOWN_STUDIES])
    if len(rows) > SHOWN_STUDIES:
        table += Markup("<details><summary>{} more studies (of {})</summary>{}</details>").format(
            len(rows) - SHOWN_STUDIES, len(rows), _table_of(rows[SHOWN_STUDIES:])
        )
    return table


def _table_of(rows: list[Markup]) -> Markup:
    head = Markup(
        '<table class="evidence"><thead><tr><th>Study</th><th>Design</th><th>Relevance</th>'
        "<th>Direction</th><th>Deciding sentence</th></tr></thead><tbody>"
    )
    return head + Markup("").join(rows) + Markup("</tbody></table>")


def _study_rows(studies: Iterable[StudyGrade]) -> list[Markup]:
    rows = []
    for s in studies:
        ident = _link(f"PMID {s.pmid}" if s.pmid else f"doi:{s.doi}", study_url(s.pmid, s.doi))
        tags = Markup("")
        if s.retracted:
            tags += Markup(' <span class="tag bad">RETRACTED</span>')
        if s.preclinical:
            tags += Markup(' <span class="tag">preclinical</span>')
        if s.short_term_only:
            tags += Markup(' <span class="tag">short-term only</span>')
        if s.certainty:
            tags += Markup(' <span class="tag">{} certainty</span>').format(s.certainty.replace("_", " "))
        if s.is_digest:
            tags += Markup(' <span class="tag">digest</span>')
        rows.append(
            Markup(
                '<tr class="study{}"><td>{}{}<br><span class="meta">{} {} · {}</span></td>'
                "<td class=\"design\">{}<br><span class=\"meta\">level {} ({})</span></td><td class=\"nw\">{}</td>"
                '<td class="nw dir-{}">{}</td><td>{}</td></tr>'
            ).format(
                " retracted" if s.retracted else "",
                s.title,
                tags,
                s.journal,
                s.year or "n.d.",
                ident,
                s.design,
                s.level,
                evidence_label(s.level),
                s.relevance,
                s.direction,
                s.direction.replace("_", " "),
                s.deciding_sentence,
            )
        )
    return rows


def _query_table(queries: Iterable[QueryRun]) -> Markup:
    rows = [
        Markup('<tr><td><code>{}</code></td><td>{}</td><td class="n">{}</td><td>{}</td></tr>').format(
            q.query, q.purpose, q.count if q.count is not None else "—", q.error or q.source
        )
        for q in queries
    ]
    head = Markup(
        '<table class="queries"><thead><tr><th>Query</th><th>Purpose</th><th>Count</th><th>Source</th>'
        "</tr></thead><tbody>"
    )
    return head + Markup("").join(rows) + Markup("</tbody></table>")


def verdict_chart(counts: dict[str, int], labels: Labels | None = None) -> Markup:
    """An inline SVG bar chart of claims per verdict (worst first)."""
    labels = labels or load_labels()
    top = max([1, *counts.values()])
    row, label_w, bar_w = 28, 120, 190
    parts = [
        Markup(
            '<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            'role="img" aria-labelledby="chart-title"><title id="chart-title">Claims per verdict</title>'
        ).format(w=label_w + bar_w + 40, h=row * len(VERDICTS) + 4)
    ]
    for i, name in enumerate(VERDICTS):
        lab = labels.verdict(name)
        n = counts.get(name, 0)
        y = i * row + 4
        width = round(bar_w * n / top) if n else 0
        parts.append(
            Markup(
                '<g class="bar" data-verdict="{name}"><text x="{tx}" y="{ty}" text-anchor="end" font-size="13" '
                'fill="#374151">{label}</text><rect x="{x}" y="{y}" width="{bw}" height="20" rx="3" fill="{colour}"/>'
                '<text x="{cx}" y="{ty}" font-size="13" font-weight="600" fill="#1f2937">{n}</text></g>'
            ).format(
                name=name, tx=label_w - 8, ty=y + 15, label=lab.label, x=label_w, y=y, bw=width,
                colour=lab.colour, cx=label_w + width + 6, n=n,
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def render_html(result: AuditResult) -> str:
    """The report as one HTML document; the text depends only on ``result``."""
    labels = load_labels()
    counts = result.counts()
    views = worst_first(claim_views(result))
    article = result.ledger.article
    return _env().get_template("report.html.j2").render(
        article=article,
        article_sha=article.sha256,
        source_url=safe_url(article.source),
        prov=result.provenance,
        schema_version=result.schema_version,
        labels=labels,
        counts=counts,
        total=len(views),
        to_fix=sum(counts.get(v, 0) for v in ("contradicted", "misattributed", "no_evidence", "weak")),
        overridden=sum(1 for cv in views if cv.verdict.override),
        views=views,
        citations=result.citations,
        chart=verdict_chart(counts, labels),
    )
