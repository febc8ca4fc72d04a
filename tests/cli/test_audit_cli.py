"""`claim-audit audit`: files written, summary printed, exact errors and exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from reports_fakes import EXAMPLE, LIBRARY, fake_pipeline, make_result

from reports.cli import main


def _run(args):
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_writes_reports_and_record(monkeypatch, tmp_path):
    calls = fake_pipeline(monkeypatch)
    out = tmp_path / "out"
    res = _run(["audit", str(EXAMPLE), "--offline", "--library", str(LIBRARY), "-o", str(out),
                "--format", "html,md,csv,xlsx"])
    assert res.exit_code == 0, res.output
    assert calls == [str(EXAMPLE)]
    assert sorted(p.name for p in out.iterdir()) == ["audit.json", "claims.csv", "claims.xlsx", "report.html",
                                                     "report.md"]
    assert json.loads((out / "audit.json").read_text())["schema_version"] == "1"
    lines = res.output.splitlines()
    assert lines[1] == "Error: 1  Contradicted: 1  Misattributed: 1  No evidence: 1  Weak: 1  Supported: 1"
    assert lines[2] == "Worst first:"
    assert lines[3] == "  #6   Error         Dry needling helps sciatica."
    assert lines[4] == "  #4   Contradicted  Dry needling cures carpal tunnel syndrome."
    assert lines[-1].startswith("Wrote ") and lines[-1].endswith("audit.json")


def test_overrides_are_applied_and_unknown_ids_warned(monkeypatch, tmp_path):
    fake_pipeline(monkeypatch)
    r = make_result(source=str(EXAMPLE))
    ov = tmp_path / "ov.csv"
    ov.write_text(f"claim_id,verdict,note,reviewer\n{r.verdicts[1].claim_id},supported,ok,R\n"
                  "c-000000000000,weak,,R\n")
    res = CliRunner().invoke(main, ["audit", str(EXAMPLE), "--offline", "--library", str(LIBRARY),
                                    "-o", str(tmp_path / "o"), "--overrides", str(ov)])
    assert res.exit_code == 0
    assert "warning: override for c-000000000000 matches no claim of this audit" in res.output
    assert "1 verdict(s) set by reviewer overrides." in res.output
    saved = json.loads((tmp_path / "o" / "audit.json").read_text())
    assert saved["verdicts"][1]["override"] == {"claim_id": r.verdicts[1].claim_id, "verdict": "supported",
                                                "note": "ok", "reviewer": "R", "date": ""}


def test_offline_without_evidence_fails_fast_with_advice(tmp_path):
    res = _run(["audit", str(EXAMPLE), "--offline", "-o", str(tmp_path / "o")])
    assert res.exit_code == 1
    assert res.output == (
        "Error: an offline audit needs evidence to answer from: pass --library examples/dry-needling-evidence.xml "
        "(or a library built with `claim-audit library import`), or --cache PATH with a cache filled by an "
        "earlier online audit\n"
    )
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["audit", "nope.txt"], "Error: Invalid value for SOURCE: no such file: nope.txt (give a .txt, .md or .html "
                                "file or an http(s) URL)"),
        (["audit", str(EXAMPLE), "--format", "pdf"], "Error: Invalid value for --format: unknown report format 'pdf'; "
                                                     "use one of html, md, csv, xlsx, json"),
    ],
)
def test_bad_input_is_a_usage_error(args, message):
    res = _run(args)
    assert res.exit_code == 2
    assert res.output.splitlines()[-1] == message


def test_bad_overrides_file(monkeypatch, tmp_path):
    fake_pipeline(monkeypatch)
    ov = tmp_path / "ov.json"
    ov.write_text('[{"claim_id": "c-0123456789ab", "verdict": "great", "reviewer": "R"}]')
    res = _run(["audit", str(EXAMPLE), "--offline", "--library", str(LIBRARY), "--overrides", str(ov)])
    assert res.exit_code == 1
    assert res.output == (f"Error: {ov}: override 1 (c-0123456789ab): unknown verdict 'great'; use one of error, "
                          "contradicted, misattributed, no_evidence, weak, supported\n")


def test_every_option_has_help():
    for name in ("audit", "report", "check", "diff", "batch"):
        cmd = main.get_command(None, name)  # type: ignore[arg-type]
        assert cmd.help and not cmd.hidden, name
        for p in cmd.params:
            if p.param_type_name == "option":
                assert p.help, f"{name} {p.name}"


# -- the real pipeline on the bundled example (offline, bundled library) ------------------------------

def test_example_offline_end_to_end():
    import lxml.html
    from reports_fakes import example_audit

    from reports import read_record

    out = example_audit()
    assert sorted(p.name for p in out.iterdir()) == ["audit.json", "claims.csv", "claims.xlsx", "report.html",
                                                     "report.md"]
    record = read_record(out / "audit.json")
    prov = record.provenance
    assert (prov.evidence_source, prov.offline, prov.requests_made) == ("library", True, 0)
    texts = {c.id: c.text for c in record.ledger.claims}
    massage = [v for v in record.verdicts if "Regular massage therapy can help increase flexibility" in texts[v.claim_id]]
    assert [v.verdict for v in massage] == ["misattributed"]
    doc = lxml.html.parse(str(out / "report.html")).getroot()
    assert len(doc.xpath("//article[contains(@class,'claim')]")) == len(record.verdicts) == len(texts)
    assert doc.xpath("//script") == []


def test_readme_command_in_a_real_process(tmp_path):
    import subprocess

    from reports_fakes import ROOT

    out = tmp_path / "out"
    proc = subprocess.run(["claim-audit", "audit", "examples/dry-needling.txt", "--offline", "--library",
                           "examples/dry-needling-evidence.xml", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    record = json.loads((out / "audit.json").read_text())
    assert proc.stdout.splitlines()[0].startswith(f"{len(record['verdicts'])} claims in examples/dry-needling.txt")
    assert proc.stdout.splitlines()[-1] == (f"Wrote {out}/report.html, {out}/report.md, {out}/claims.csv, "
                                            f"{out}/audit.json")
    assert proc.stderr == ""


def test_overrides_survive_a_real_reaudit(tmp_path):
    from reports_fakes import ROOT

    from reports import read_record

    article = ROOT / "tests" / "claims" / "articles" / "yoga-anxiety.html"
    first = tmp_path / "first"
    _run(["audit", str(article), "--offline", "--library", str(LIBRARY), "-o", str(first), "--format", "json"])
    before = read_record(first / "audit.json")
    target = next(v for v in before.verdicts if v.verdict != "supported")
    ov = tmp_path / "overrides.json"
    ov.write_text(json.dumps({"version": 1, "overrides": [
        {"claim_id": target.claim_id, "verdict": "supported", "note": "Reworded on the site.", "reviewer": "QA"}]}))
    second = tmp_path / "second"
    res = _run(["audit", str(article), "--offline", "--library", str(LIBRARY), "-o", str(second), "--format",
                "html", "--overrides", str(ov)])
    assert res.exit_code == 0
    after = read_record(second / "audit.json")
    assert [v.claim_id for v in after.verdicts] == [v.claim_id for v in before.verdicts]
    again = after.verdict_for(target.claim_id)
    assert (again.verdict, again.final_verdict, again.override.reviewer) == (target.verdict, "supported", "QA")
    html = (second / "report.html").read_text()
    assert f'id="claim-{target.claim_id}" data-verdict="supported"' in html


def test_live_audit_without_contact_email_fails_fast_with_offline_advice(monkeypatch, tmp_path):
    import time

    for name in ("NCBI_EMAIL", "NCBI_API_KEY", "CLAIM_AUDIT_CONFIG", "CLAIM_AUDIT_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    start = time.monotonic()
    res = CliRunner().invoke(main, ["audit", str(EXAMPLE), "-o", str(tmp_path / "o")])
    assert time.monotonic() - start < 20
    assert res.exit_code == 1
    assert res.output.startswith("Error: no contact email for NCBI.")
    assert res.output.endswith(
        "; to audit without the network, pass --offline --library examples/dry-needling-evidence.xml (or a library "
        "built with `claim-audit library import`), or --offline --cache PATH\n")
    assert not (tmp_path / "o").exists()


def test_live_path_through_bio_entrez_then_offline_from_the_cache(tmp_path):
    """The live path end to end (Bio.Entrez over HTTP on loopback, against the E-utilities emulator),
    then the same audit offline from the cache it filled: same verdicts, no request."""
    from reports_fakes import ROOT

    from audit.emulator import EutilsEmulator
    from audit.library import Library
    from reports import diff_audits, read_record, render

    article = ROOT / "tests" / "claims" / "articles" / "knee-oa-pt.html"
    cache = tmp_path / "entrez.sqlite"
    with EutilsEmulator(Library.open(LIBRARY)) as emulator:
        res = _run(["audit", str(article), "--email", "ci@example.org", "--api-key", "k" * 36, "--cache", str(cache),
                    "--base-url", emulator.url, "-o", str(tmp_path / "live"), "-f", "json"])
        assert res.exit_code == 0, res.output
        served = emulator.count()
        res = _run(["audit", str(article), "--offline", "--cache", str(cache), "-o", str(tmp_path / "offline"),
                    "-f", "json"])
        assert res.exit_code == 0, res.output
        assert emulator.count() == served > 0
    live, offline = read_record(tmp_path / "live" / "audit.json"), read_record(tmp_path / "offline" / "audit.json")
    # answers from an E-utilities endpoint that is not NCBI's are never called live
    assert (live.provenance.evidence_source, offline.provenance.evidence_source) == ("mirror", "cache")
    assert live.provenance.endpoint == emulator.url
    assert live.provenance.requests_made == served and offline.provenance.requests_made == 0
    diff = diff_audits(live, offline)
    assert (diff.added, diff.removed, diff.changed) == ((), (), ())
    assert "k" * 36 not in (tmp_path / "live" / "audit.json").read_text()
    html = render(live, "html")
    assert f"<dt>E-utilities endpoint</dt><dd>{emulator.url}</dd>" in html
