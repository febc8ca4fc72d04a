"""Request planning: one search per distinct query, ids deduplicated, batches of ≤200, errors kept."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from audit.cache import Cache
from audit.emulator import EutilsEmulator
from audit.library import Library
from audit.model import Record, SearchResult
from audit.planner import PlannedQuery, run_plan
from audit.pubmed import PubMed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dry-needling-evidence.xml"
DN = '("dry needling"[tiab] OR "Dry Needling"[mh])'
NECK = f'{DN} AND ("neck pain"[tiab] OR "Neck Pain"[mh])'
MYO = f'{DN} AND ("myofascial pain"[tiab] OR "Myofascial Pain Syndromes"[mh])'
MASSAGE = '("massage"[tiab] OR "Massage"[mh])'


class Counting:
    """A library wrapper that records each call (the planner's unit tests need no HTTP)."""

    name = "library"

    def __init__(self, library: Library) -> None:
        self.library = library
        self.searches: list[str] = []
        self.fetches: list[list[str]] = []

    def search(self, query: str, retmax: int = 100) -> SearchResult:
        self.searches.append(query)
        return self.library.search(query, retmax=retmax)

    def fetch(self, ids: Sequence[str]) -> list[Record]:
        self.fetches.append(list(ids))
        return self.library.fetch(ids)


def test_one_search_per_distinct_query_and_one_fetch_of_the_union(library) -> None:
    source = Counting(library)
    planned = [
        PlannedQuery("c-1", NECK, "intervention x condition"),
        PlannedQuery("c-2", "  " + NECK.replace(" AND ", "\n AND "), "intervention x condition"),
        PlannedQuery("c-2", MYO, "intervention x condition"),
        PlannedQuery("c-3", DN, "intervention only"),
    ]
    seen: list[tuple[str, int, int]] = []
    plan = run_plan(planned, source, retmax=100, progress=lambda *a: seen.append(a))
    assert source.searches == [NECK, MYO, DN]
    assert len(source.fetches) == 1
    union = dict.fromkeys(library.search(NECK).ids + library.search(MYO).ids + library.search(DN).ids)
    assert source.fetches[0] == list(union) and len(union) == len(set(source.fetches[0]))
    assert plan.searches == 3 and plan.fetch_batches == 1 and plan.errors == () and plan.requests is None
    assert [r.query for r in plan.runs_for("c-2")] == [NECK, MYO]
    assert plan.runs_for("c-1")[0].count == library.search(NECK).count == 5
    assert [r.key for r in plan.records_for("c-1")] == list(library.search(NECK).ids)
    assert seen == [("search", 1, 3), ("search", 2, 3), ("search", 3, 3), ("fetch", len(union), len(union))]
    designs = plan.count_by("c-1", lambda r: "Randomized Controlled Trial" in r.publication_types)
    assert sum(designs.values()) == 5


def test_a_failing_query_is_kept_as_that_owners_error_and_the_rest_finishes(library) -> None:
    planned = [PlannedQuery("c-1", NECK, "x"), PlannedQuery("c-2", 'massage[zz] AND "x"[tiab]', "y")]
    plan = run_plan(planned, library)
    [bad] = plan.runs_for("c-2")
    assert bad.error is not None and bad.count is None and "massage[zz]" in plan.errors[0].message
    assert plan.errors_for("c-2") == plan.errors and plan.errors_for("c-1") == ()
    assert len(plan.records_for("c-1")) == 5


def _synthetic(n: int) -> bytes:
    body = "".join(
        f'<PubmedArticle><MedlineCitation><PMID Version="1">{90000001 + i}</PMID><Article><Journal><JournalIssue>'
        f"<PubDate><Year>2020</Year></PubDate></JournalIssue><ISOAbbreviation>Synth J</ISOAbbreviation></Journal>"
        f"<ArticleTitle>Synthetic record {i}: dry needling {'and massage ' if i % 3 == 0 else ''}study"
        f"</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
        for i in range(n)
    )
    return f"<PubmedArticleSet>{body}</PubmedArticleSet>".encode()


def test_live_plan_makes_exactly_the_floor_of_requests_then_none(tmp_path) -> None:
    lib = Library()
    lib.import_xml(_synthetic(420))
    planned = [
        PlannedQuery("c-1", '"dry needling"[tiab]', "intervention only"),
        PlannedQuery("c-2", '"massage"[tiab]', "named intervention only"),
        PlannedQuery("c-3", '"dry needling"[tiab]', "intervention only"),
    ]
    with EutilsEmulator(lib) as emu:
        pubmed = PubMed(email="a@example.org", api_key="k", cache=Cache(tmp_path / "c.sqlite"), base_url=emu.url)
        plan = run_plan(planned, pubmed, retmax=500)
        assert plan.runs_for("c-2")[0].count == 140 and len(plan.records) == 420
        assert plan.requests == plan.floor() == 2 + 3 == emu.count()
        assert [len(r.params["id"].split(",")) for r in emu.requests if r.utility == "efetch"] == [200, 200, 20]
        warm = run_plan(planned, pubmed, retmax=500)
        assert warm.requests == 0 and emu.count() == 5 and warm.records.keys() == plan.records.keys()
        assert {r.source for runs in warm.runs.values() for r in runs} == {"cache"}
