"""The HTML report, parsed back with lxml: badges, rows, links, chart, provenance and escaping."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from synthetic import HOSTILE_IMG, HOSTILE_SCRIPT, make_result, with_override

from reports import render, write_report


def _doc(result, tmp_path: Path):
    path = write_report(result, tmp_path / "report.html")
    return lxml.html.fromstring(path.read_bytes()), path.read_text("utf-8")


def test_one_article_per_claim_with_badge_worst_first(result, tmp_path):
    doc, _ = _doc(result, tmp_path)
    claims = doc.xpath("//article[contains(@class,'claim')]")
    assert [c.get("data-verdict") for c in claims] == [
        "error", "contradicted", "misattributed", "no_evidence", "weak", "supported"]
    badges = [c.xpath(".//span[contains(@class,'badge')]")[0].text_content() for c in claims]
    assert badges == ["Error", "Contradicted", "Misattributed", "No evidence", "Weak", "Supported"]
    first = claims[1]
    assert first.xpath(".//blockquote")[0].text_content() == "Dry needling cures carpal tunnel syndrome."
    assert first.xpath(".//div[@class='section']")[0].text_content() == "Synthetic dry needling article › Indications"
    assert "Suggested wording: Dry needling has not been shown" in first.text_content()


def test_evidence_table_links_to_pubmed_and_marks_retractions(result, tmp_path):
    doc, _ = _doc(result, tmp_path)
    claim = doc.xpath("//article[@data-verdict='contradicted']")[0]
    rows = claim.xpath(".//table[@class='evidence']/tbody/tr")
    assert len(rows) == 2
    assert rows[0].xpath(".//a/@href") == ["https://pubmed.ncbi.nlm.nih.gov/90000006/"]
    assert "retracted" in rows[1].get("class")
    assert rows[1].xpath(".//span[@class='tag bad']")[0].text == "RETRACTED"
    queries = claim.xpath(".//table[@class='queries']/tbody/tr")
    assert [td.text_content() for td in queries[0]] == [
        '"dry needling"[tiab] AND "carpal tunnel"[tiab]', "intervention x condition", "2", "library"]


def test_misattribution_shows_the_other_interventions_evidence(result, tmp_path):
    doc, _ = _doc(result, tmp_path)
    claim = doc.xpath("//article[@data-verdict='misattributed']")[0]
    assert [h.text for h in claim.xpath(".//h3")] == ["Evidence for massage (1)"]
    assert claim.xpath(".//table[@class='evidence']//a/@href") == ["https://pubmed.ncbi.nlm.nih.gov/90000005/"]


def test_chart_counts_and_self_contained(result, tmp_path):
    doc, text = _doc(result, tmp_path)
    bars = doc.xpath("//svg//*[local-name()='g'][@class='bar']")
    assert {b.get("data-verdict"): b.xpath("./*[local-name()='text']")[1].text for b in bars} == {
        "error": "1", "contradicted": "1", "misattributed": "1", "no_evidence": "1", "weak": "1", "supported": "1"}
    # no scripts, no external stylesheets, images or fonts; every link is to PubMed/doi.org
    assert doc.xpath("//script") == [] and doc.xpath("//link") == [] and doc.xpath("//img") == []
    assert "@import" not in text and "url(" not in text
    hrefs = doc.xpath("//a/@href")
    assert hrefs and all(h.startswith(("https://pubmed.ncbi.nlm.nih.gov/", "https://doi.org/", "#claim-c-"))
                         for h in hrefs)
    assert {h[1:] for h in hrefs if h.startswith("#")} == {a.get("id") for a in doc.xpath("//article")}
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]


def test_at_a_glance_table(result, tmp_path):
    doc, _ = _doc(result, tmp_path)
    rows = doc.xpath("//table[@class='glance']/tbody/tr")
    assert [r.get("data-verdict") for r in rows] == ["error", "contradicted", "misattributed", "no_evidence", "weak",
                                                     "supported"]
    assert [td.text_content() for td in rows[1]] == [
        "4", "Contradicted", "Dry needling cures carpal tunnel syndrome.",
        "Dry needling has not been shown to relieve carpal tunnel syndrome."]


def test_citations_section_and_provenance(result, tmp_path):
    doc, _ = _doc(result, tmp_path)
    rows = doc.xpath("//table[@class='citations']/tbody/tr")
    assert [r.get("data-status") for r in rows] == ["mismatch", "unverifiable"]
    assert "Closest:" in rows[0].text_content()
    assert rows[0].xpath(".//a/@href") == ["https://pubmed.ncbi.nlm.nih.gov/90000011/"]
    prov = doc.xpath("//dl[@class='prov']")[0]
    pairs = dict(zip([d.text for d in prov.xpath("./dt")], [d.text_content() for d in prov.xpath("./dd")], strict=True))
    assert pairs["Tool"] == "claim-audit 0.1.0"
    assert pairs["Verdict policy"] == "version 1"
    assert pairs["Audited at"] == "2026-11-25T12:00:00+00:00"
    assert pairs["Evidence source"] == "library (offline)"


def test_override_shown_as_override(result, tmp_path):
    doc, _ = _doc(with_override(result), tmp_path)
    claim = doc.xpath(f"//article[@id='claim-{result.verdicts[1].claim_id}']")[0]
    assert claim.get("data-verdict") == "supported"
    assert claim.xpath(".//span[@class='tag']")[0].text == "override"
    assert claim.xpath(".//span[@class='was']")[0].text == "audit: Weak"
    assert "Reviewer override: Supported by A. Reviewer on 2026-11-25." in claim.xpath(".//div[@class='override']")[0].text_content()
    bars = doc.xpath("//svg//*[local-name()='g'][@data-verdict='supported']/*[local-name()='text']")
    assert bars[1].text == "2"


def test_article_and_pubmed_strings_are_escaped(hostile_result, tmp_path):
    doc, text = _doc(hostile_result, tmp_path)
    assert doc.xpath("//script") == []
    assert doc.xpath("//img") == []
    assert doc.xpath("//*[@onerror]") == []
    assert HOSTILE_SCRIPT not in text and HOSTILE_IMG not in text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in text
    # ...and a person reads the strings as text
    assert doc.xpath("//h1")[0].text_content() == f"Claim audit: Synthetic dry needling article {HOSTILE_SCRIPT} {HOSTILE_IMG}"
    assert HOSTILE_SCRIPT in doc.xpath("//article[@data-verdict='supported']//table[@class='evidence']")[0].text_content()


def test_javascript_source_url_is_not_a_link(tmp_path):
    html = render(make_result(source="javascript:alert(1)"), "html")
    doc = lxml.html.fromstring(html)
    assert doc.xpath("//a[starts-with(@href,'javascript')]") == []
    assert "Source: javascript:alert(1)" in doc.xpath("//p[@class='meta']")[0].text_content()


def test_render_depends_only_on_the_result(result):
    assert render(result, "html") == render(make_result(), "html")


def test_long_evidence_lists_fold_after_five(result, tmp_path):
    from synthetic import replace_verdict, study

    many = replace_verdict(result, 0, evidence=tuple(study(20 + i, "randomized controlled trial", 2, "benefit")
                                                     for i in range(7)))
    doc, _ = _doc(many, tmp_path)
    claim = doc.xpath("//article[@data-verdict='supported']")[0]
    tables = claim.xpath(".//table[@class='evidence']")
    assert [len(t.xpath("./tbody/tr")) for t in tables] == [5, 2]
    assert tables[1].getparent().tag == "details"
    assert tables[1].getparent().xpath("./summary")[0].text == "2 more studies (of 7)"


def test_hostile_article_through_the_real_pipeline(tmp_path):
    """An article whose headings and claims carry markup renders it as text after extract + audit."""
    from audit.sources import open_evidence
    from reports.pipeline import audit_article

    root = Path(__file__).resolve().parents[2]
    article = tmp_path / "hostile.txt"
    article.write_text(
        f"Dry needling {HOSTILE_SCRIPT} guide\n\n"
        f"Benefits of dry needling {HOSTILE_IMG}\n\n"
        f"Dry needling relieves chronic neck pain {HOSTILE_IMG} in most patients.\n\n"
        f"Dry needling cures migraines {HOSTILE_SCRIPT} for good.\n"
    )
    result = audit_article(article, open_evidence(library=root / "examples" / "dry-needling-evidence.xml",
                                                  offline=True))
    assert any(HOSTILE_IMG in c.text or HOSTILE_SCRIPT in c.text for c in result.ledger.claims)
    doc, text = _doc(result, tmp_path)
    assert doc.xpath("//script") == [] and doc.xpath("//img") == [] and doc.xpath("//*[@onerror]") == []
    assert HOSTILE_SCRIPT not in text and HOSTILE_IMG not in text
    shown = " ".join(b.text_content() for b in doc.xpath("//article//blockquote"))
    assert HOSTILE_IMG in shown or HOSTILE_SCRIPT in shown
