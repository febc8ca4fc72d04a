"""Diffs between audits: exact text for added, removed, verdict and evidence changes."""

from __future__ import annotations

from dataclasses import replace

from synthetic import make_result, replace_verdict, study

from reports import diff_audits, format_diff


def test_identical_audits_have_no_changes(result):
    diff = diff_audits(result, make_result(audited_at="2026-12-01T00:00:00+00:00"))
    assert not diff.has_changes
    assert format_diff(diff) == (
        "old: examples/synthetic-article.txt (audited 2026-11-25T12:00:00+00:00)\n"
        "new: examples/synthetic-article.txt (audited 2026-12-01T00:00:00+00:00)\n"
        "claims: 0 added, 0 removed, 0 changed, 6 unchanged\n"
        "No changes.\n"
    )


def test_added_removed_changed_and_retracted(result):
    new = make_result(audited_at="2026-12-01T00:00:00+00:00")
    # claim 0 dropped from the article, a new claim appears (same ledger entry reused with a new id)
    dropped = new.ledger.claims[0]
    added_claim = replace(dropped, id="c-aaaaaaaaaaaa", text="Dry needling heals tendons.")
    ledger = replace(new.ledger, claims=(added_claim, *new.ledger.claims[1:]))
    new = replace(new, ledger=ledger,
                  verdicts=(replace(new.verdicts[0], claim_id="c-aaaaaaaaaaaa", verdict="no_evidence"),
                            *new.verdicts[1:]))
    # claim 1: verdict changes and a new study appears
    new = replace_verdict(new, 1, verdict="supported",
                          evidence=(*new.verdicts[1].evidence, study(9, "randomized controlled trial", 2, "benefit")))
    # claim 3: one study is now retracted, the other no longer found
    ev = new.verdicts[3].evidence
    new = replace_verdict(new, 3, evidence=(replace(ev[0], retracted=True),))
    # a citation is now verified
    new = replace(new, citations=(new.citations[0], replace(new.citations[1], status="verified")))
    diff = diff_audits(result, new)
    assert format_diff(diff) == (
        "old: examples/synthetic-article.txt (audited 2026-11-25T12:00:00+00:00)\n"
        "new: examples/synthetic-article.txt (audited 2026-12-01T00:00:00+00:00)\n"
        "claims: 1 added, 1 removed, 2 changed, 3 unchanged\n"
        "+ c-aaaaaaaaaaaa [no_evidence] Dry needling heals tendons.\n"
        f"- {result.verdicts[0].claim_id} [supported] Dry needling reduces myofascial pain.\n"
        f"~ {result.verdicts[1].claim_id} Dry needling is an effective treatment for fibromyalgia.\n"
        "    verdict: weak -> supported\n"
        "    new study: PMID 90000009 (A synthetic randomized controlled trial of dry needling number 9)\n"
        f"~ {result.verdicts[3].claim_id} Dry needling cures carpal tunnel syndrome.\n"
        "    no longer found: PMID 90000007 (A retracted synthetic trial)\n"
        "    retracted: PMID 90000006 (A synthetic systematic review/meta-analysis of dry needling number 6)\n"
        "~ citation 'Source: 1': unverifiable -> verified\n"
    )
