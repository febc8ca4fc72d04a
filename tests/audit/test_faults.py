"""Faults on the wire: retries, per-query errors that leave the plan running, reruns, killed runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from audit.cache import Cache
from audit.emulator import EutilsEmulator
from audit.library import Library
from audit.planner import PlannedQuery, run_plan
from audit.pubmed import PubMed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dry-needling-evidence.xml"
DN = '("dry needling"[tiab] OR "Dry Needling"[mh])'
NECK = f'{DN} AND ("neck pain"[tiab] OR "Neck Pain"[mh])'
MYO = f'{DN} AND ("myofascial pain"[tiab] OR "Myofascial Pain Syndromes"[mh])'
MASSAGE = '("massage"[tiab] OR "Massage"[mh])'
ELBOW = '("tennis elbow"[tiab] OR "lateral epicondylitis"[tiab] OR "Tennis Elbow"[mh])'
PLAN = [
    PlannedQuery("c-neck", NECK, "intervention x condition"),
    PlannedQuery("c-myo", MYO, "intervention x condition"),
    PlannedQuery("c-massage", MASSAGE, "named intervention only"),
]


@pytest.fixture()
def emulator(library: Library):
    with EutilsEmulator(library, timeout_delay=1.0) as emu:
        yield emu


def client(emu: EutilsEmulator, cache: Cache | None = None, **kw: object) -> PubMed:
    kw.setdefault("retry_wait", 0.01)
    kw.setdefault("timeout", 0.4)
    kw.setdefault("max_tries", 2)
    return PubMed(email="a@example.org", api_key="k", cache=cache, base_url=emu.url, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["429", "500", "502", "503"])
def test_429_and_5xx_are_retried_then_succeed(emulator, code) -> None:
    emulator.inject(code, request=1)
    emulator.inject(code, request=3)
    pubmed = client(emulator, max_tries=3)
    assert pubmed.search(NECK).count == 4
    assert len(pubmed.fetch(["37664417"])) == 1
    assert [(r.utility, r.status) for r in emulator.requests] == [
        ("esearch", int(code)), ("esearch", 200), ("efetch", int(code)), ("efetch", 200)
    ]
    assert pubmed.requests_made == 4


def test_a_timeout_marks_only_that_query_and_a_rerun_fills_the_gap_from_the_cache(emulator, library, tmp_path) -> None:
    emulator.inject("timeout", query='"myofascial pain"[tiab]', times=2)  # both tries of the first run
    cache = Cache(tmp_path / "c.sqlite")
    plan = run_plan(PLAN, client(emulator, cache))
    [myo] = plan.runs_for("c-myo")
    assert myo.error is not None and "timed out after 0.4 s" in myo.error and myo.count is None
    assert [str(e) for e in plan.errors] == [f"search failed for {MYO}: {myo.error}"]
    assert plan.errors_for("c-myo") and not plan.errors_for("c-neck")
    assert len(plan.records_for("c-neck")) == 4 and len(plan.records_for("c-massage")) > 0
    first = len(emulator.requests)

    rerun = run_plan(PLAN, client(emulator, cache))
    assert rerun.errors == () and rerun.runs_for("c-myo")[0].source == "mirror"
    assert [r.source for r in rerun.runs_for("c-neck") + rerun.runs_for("c-massage")] == ["cache", "cache"]
    new = [i for i in library.search(MYO, retmax=50).ids if i.isdigit() and i not in plan.records]
    sent = [(r.utility, r.params.get("term") or r.params["id"]) for r in emulator.requests[first:]]
    assert sent == [("esearch", MYO), ("efetch", ",".join(new))]
    assert rerun.requests == 2 and len(rerun.records_for("c-myo")) == len(
        [i for i in library.search(MYO, retmax=50).ids if i.isdigit()]
    )


@pytest.mark.parametrize("kind", ["malformed", "truncated", "error"])
def test_a_bad_search_reply_is_that_querys_error_and_is_not_cached(emulator, tmp_path, kind) -> None:
    emulator.inject(kind, query='"Massage"[mh]')
    cache = Cache(tmp_path / "c.sqlite")
    plan = run_plan(PLAN, client(emulator, cache))
    [massage] = plan.runs_for("c-massage")
    expected = "NCBI reported an error for" if kind == "error" else "NCBI sent a malformed reply to"
    assert massage.error is not None and massage.error.startswith(f"{expected} esearch '{MASSAGE}'")
    assert all(r.error is None for r in plan.runs_for("c-neck") + plan.runs_for("c-myo"))
    assert len(list(cache.keys("esearch"))) == 2
    assert run_plan(PLAN, client(emulator, cache)).errors == ()


@pytest.mark.parametrize("kind", ["malformed", "truncated", "error", "500"])
def test_a_bad_fetch_batch_is_an_error_for_its_owners_and_a_rerun_refetches(emulator, tmp_path, kind) -> None:
    emulator.inject(kind, utility="efetch", times=2 if kind == "500" else 1)  # both tries of a 500
    cache = Cache(tmp_path / "c.sqlite")
    plan = run_plan(PLAN, client(emulator, cache))
    [error] = plan.errors
    assert error.stage == "fetch" and set(error.owners) == {"c-neck", "c-myo", "c-massage"}
    expected = {
        "malformed": "NCBI sent a malformed reply to efetch of PMID",
        "truncated": "NCBI sent a truncated or malformed reply to efetch of PMID",
        "error": "NCBI reported an error for efetch of PMID",
        "500": "NCBI answered HTTP 500 (Internal Server Error) to efetch of PMID",
    }[kind]
    assert error.message.startswith(f"fetch failed for {len(error.ids)} ids: {expected} 37664417, ")
    assert plan.records == {}
    assert all(r.error is None for runs in plan.runs.values() for r in runs)  # the searches themselves worked
    before = len(emulator.requests)
    rerun = run_plan(PLAN, client(emulator, cache))
    assert rerun.errors == () and len(rerun.records) == len(error.ids)
    assert [r.utility for r in emulator.requests[before:]] == ["efetch"]


_CHILD = """
import sys
from audit.cache import Cache
from audit.planner import PlannedQuery, run_plan
from audit.pubmed import PubMed

pubmed = PubMed(email="a@example.org", api_key="k", cache=Cache(sys.argv[1]), base_url=sys.argv[2], timeout=60)
planned = [PlannedQuery(f"c-{i}", q, "x") for i, q in enumerate(sys.argv[3:])]
run_plan(planned, pubmed, progress=lambda stage, done, total: print(stage, done, total, flush=True))
print("finished", flush=True)
"""


def test_a_killed_run_keeps_every_response_it_had_received(library, tmp_path) -> None:
    queries = [NECK, MYO, MASSAGE, ELBOW, DN]
    path = tmp_path / "c.sqlite"
    with EutilsEmulator(library, timeout_delay=20) as emu:
        emu.inject("timeout", query="tennis elbow", times=1)  # the 4th search hangs until we kill
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path), emu.url, *queries],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )
        assert child.stdout is not None
        lines = [child.stdout.readline().strip() for _ in range(3)]
        assert lines == ["search 1 5", "search 2 5", "search 3 5"]
        deadline = time.monotonic() + 10
        while not any("tennis elbow" in r.params.get("term", "") for r in emu.requests):  # hanging now
            assert time.monotonic() < deadline
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL

        cache = Cache(path)
        assert len(list(cache.keys("esearch"))) == 3
        offline = PubMed(cache=cache, offline=True)
        assert [offline.search(q, retmax=50).source for q in queries[:3]] == ["cache"] * 3
        pubmed = PubMed(email="a@example.org", api_key="k", cache=cache, base_url=emu.url, timeout=5)
        before = len(emu.requests)
        plan = run_plan([PlannedQuery(f"c-{i}", q, "x") for i, q in enumerate(queries)], pubmed)
        assert plan.errors == ()
        sent = [(r.utility, r.params.get("term")) for r in emu.requests[before:]]
        assert sent == [("esearch", ELBOW), ("esearch", DN), ("efetch", None)]
        assert [plan.runs_for(f"c-{i}")[0].source for i in range(5)] == ["cache"] * 3 + ["mirror"] * 2
