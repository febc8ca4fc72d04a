"""ECitMatch end to end: a reference entry's volume and page, parsed by the claims stage, looked up by the audit."""

from __future__ import annotations

from conftest import EXAMPLE

from audit import audit_claims
from audit.emulator import EutilsEmulator
from audit.library import Library
from audit.pubmed import PubMed
from audit.sources import Layered
from claims import extract_claims_from_text

ARTICLE = """Dry Needling for Neck Pain

Dry needling relieves chronic neck pain better than other techniques, according to a 2023 meta-analysis [1].

References

1. Hernandez-Secorun M, Abenia-Benedi H. Dry needling for chronic neck pain: a systematic review and meta-analysis. Pain Res Manag. 2023;2023:1523834.
"""


def _cited_check(result):  # type: ignore[no-untyped-def]
    [check] = [c for c in result.citations if c.mention_text == "1"]
    return check


def test_reference_volume_and_page_reach_ecitmatch_through_entrez(emulator: EutilsEmulator) -> None:
    ledger = extract_claims_from_text(ARTICLE)
    [mention] = [m for m in ledger.citations if m.marker]
    assert (mention.journal_abbrev, mention.year, mention.volume, mention.first_page) == (
        "Pain Res Manag", 2023, "2023", "1523834")
    pubmed = PubMed(email="ci@example.org", base_url=emulator.url, retry_wait=0.01, timeout=2.0)
    check = _cited_check(audit_claims(ledger, pubmed))
    assert (check.status, [m.pmid for m in check.matches][:1]) == ("verified", ["37664417"])
    asked = [r.params["bdata"] for r in emulator.requests if r.utility == "ecitmatch"]
    assert asked == ["Pain Res Manag|2023|2023|1523834|Hernandez-Secorun M|claim-audit|"]


def test_layered_source_asks_the_library_before_pubmed(library: Library, emulator: EutilsEmulator) -> None:
    pubmed = PubMed(email="ci@example.org", base_url=emulator.url, retry_wait=0.01, timeout=2.0)
    layered = Layered(library, pubmed)
    assert layered.citmatch("Pain Res Manag", 2023, "2023", "1523834", "") == ["37664417"]
    assert emulator.counts.get("ecitmatch", 0) == 0  # the library answered
    assert layered.citmatch("Synth J", 1999, "1", "1", "") == []
    assert emulator.counts["ecitmatch"] == 1  # the library had nothing, so PubMed was asked


def test_a_failed_lookup_is_said_in_the_reason() -> None:
    """A lookup that fails does not sink the check: it goes on with what the searches found, and says so."""
    ledger = extract_claims_from_text(ARTICLE)

    lib = Library.open(EXAMPLE)

    class BrokenCitmatch:
        name = "library"

        def search(self, query: str, retmax: int = 100):  # type: ignore[no-untyped-def]
            return lib.search(query, retmax=retmax)

        def fetch(self, ids):  # type: ignore[no-untyped-def]
            return lib.fetch(ids)

        def citmatch(self, *args: object) -> list[str]:
            from audit.errors import NetworkError

            raise NetworkError("NCBI could not be reached (connection refused)")

    check = _cited_check(audit_claims(ledger, BrokenCitmatch()))  # type: ignore[arg-type]
    assert check.status == "verified"  # the searches still found it
    assert check.reason.endswith(" (The ECitMatch look-up by volume 2023, page 1523834 failed: "
                                 "NCBI could not be reached (connection refused))")
