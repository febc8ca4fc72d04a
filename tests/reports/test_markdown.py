"""The Markdown report: exact head, worst first, escaping of article text."""

from __future__ import annotations

from synthetic import make_result, with_override

from reports import render
from reports.markdown import md_escape


def test_head_and_counts(result):
    md = render(result, "md")
    assert md.splitlines()[:13] == [
        "# Claim audit: Synthetic dry needling article",
        "",
        "Source: examples/synthetic-article.txt · audited 2026-11-25T12:00:00+00:00 · evidence: library · "
        "claim-audit 0.1.0 · policy 1",
        "",
        "| verdict | claims |",
        "|---|---:|",
        "| Error | 1 |",
        "| Contradicted | 1 |",
        "| Misattributed | 1 |",
        "| No evidence | 1 |",
        "| Weak | 1 |",
        "| Supported | 1 |",
        "",
    ]
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == ["## 6. Error", "## 4. Contradicted", "## 3. Misattributed", "## 5. No evidence",
                        "## 2. Weak", "## 1. Supported", "## Citations"]
    assert "| [A retracted synthetic trial \\[RETRACTED\\]](<https://pubmed.ncbi.nlm.nih.gov/90000007/>) |" in md


def test_override_heading(result):
    md = render(with_override(result), "md")
    assert "## 2. Supported (override of Weak)" in md
    assert "**Reviewer override** by A. Reviewer on 2026-11-25: Reviewed the trial." in md


def test_hostile_text_is_inert():
    md = render(make_result(hostile=True), "md")
    assert "<script>" not in md and "<img" not in md
    assert "&lt;img src=x onerror=alert(1)&gt;" in md
    assert md_escape("a | b [x](y) # `z`") == "a \\| b \\[x\\](y) # \\`z\\`"
    assert md_escape("# heading?") == "\\# heading?"


def test_long_evidence_and_queries_fold_into_details(result):
    from synthetic import replace_verdict, study

    many = replace_verdict(result, 0, evidence=tuple(study(20 + i, "randomized controlled trial", 2, "benefit")
                                                     for i in range(7)))
    md = render(many, "md")
    block = md[md.index("## 1. Supported"):md.index("## Citations")]
    assert block.count("| [A synthetic randomized controlled trial") == 7
    assert "<details><summary>2 more studies (of 7)</summary>" in block
    assert block.index("number 24") < block.index("<details><summary>2 more") < block.index("number 25")
    assert "<details><summary>Queries (1)</summary>" in block
