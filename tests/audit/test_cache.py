"""The raw-response cache: keys, age, refresh, offline misses, two processes writing at once."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from audit.cache import Cache, cache_key, normalise_params
from audit.emulator import EutilsEmulator
from audit.errors import AuditError, ConfigError, OfflineMiss
from audit.library import Library
from audit.pubmed import PubMed
from audit.sources import Layered, open_evidence

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dry-needling-evidence.xml"
EMAIL = "auditor-7f3a@example.org"
NECK = '("dry needling"[tiab] OR "Dry Needling"[mh]) AND ("neck pain"[tiab] OR "Neck Pain"[mh])'


def client(emu: EutilsEmulator, cache: Cache, **kw: object) -> PubMed:
    return PubMed(email=EMAIL, api_key="k-secret", cache=cache, base_url=emu.url, retry_wait=0.01, **kw)  # type: ignore[arg-type]


def test_keys_are_sorted_normalised_and_free_of_credentials() -> None:
    params = {"term": " dry   needling[tiab]\n", "db": "pubmed", "email": "a@b.org", "api_key": "k", "tool": "t",
              "retmax": 50, "retstart": None}
    assert normalise_params(params) == {"db": "pubmed", "retmax": "50", "term": "dry needling[tiab]"}
    assert cache_key("esearch", params) == "esearch?db=pubmed&retmax=50&term=dry+needling%5Btiab%5D"
    assert cache_key("esearch", {"db": "pubmed", "term": "dry needling[tiab]", "retmax": "50"}) == cache_key(
        "esearch", params
    )


def test_put_get_age_and_max_age(tmp_path) -> None:
    cache = Cache(tmp_path / "c.sqlite")
    params = {"db": "pubmed", "term": "x"}
    assert cache.get("esearch", params) is None
    cache.put("esearch", params, b"<old/>", fetched_ts=time.time() - 3600)
    hit = cache.get("esearch", params)
    assert hit is not None and hit.body == b"<old/>" and 3599 < hit.age() < 3700
    assert cache.get("esearch", params, max_age=60) is None
    assert cache.get("esearch", params, max_age=7200) is not None
    cache.put("esearch", params, b"<new/>")
    assert cache.get("esearch", params, max_age=60).body == b"<new/>"  # type: ignore[union-attr]
    assert len(cache) == 1 and cache.clear() == 1 and len(cache) == 0


def test_max_age_and_refresh_go_back_to_the_network(emulator, tmp_path) -> None:
    cache = Cache(tmp_path / "c.sqlite")
    first = client(emulator, cache).search(NECK)
    stale = cache.get("esearch", {"db": "pubmed", "term": NECK, "retmax": 100, "sort": "relevance"})
    assert stale is not None
    cache.put("esearch", {"db": "pubmed", "term": NECK, "retmax": 100, "sort": "relevance"}, stale.body,
              fetched_ts=time.time() - 10 * 86400)
    assert client(emulator, cache, max_age=30 * 86400).search(NECK).source == "cache"
    fresh = client(emulator, cache, max_age=86400).search(NECK)
    assert fresh.source == "mirror" and fresh.ids == first.ids and emulator.count("esearch") == 2
    assert client(emulator, cache).search(NECK).source == "cache"
    refreshed = client(emulator, cache, refresh=True)
    assert refreshed.search(NECK).source == "mirror" and emulator.count("esearch") == 3


def test_offline_answers_from_the_cache_without_any_request(emulator, tmp_path) -> None:
    cache = Cache(tmp_path / "c.sqlite")
    online = client(emulator, cache)
    ids = online.search(NECK).ids
    online.fetch(ids)
    before = emulator.count()
    offline = PubMed(cache=cache, offline=True, base_url="http://127.0.0.1:9/")  # no email needed
    assert offline.search(NECK).source == "cache"
    assert [r.pmid for r in offline.fetch(ids)] == list(ids)
    assert offline.requests_made == 0 and emulator.count() == before


def test_offline_miss_names_the_exact_missing_query(tmp_path) -> None:
    offline = PubMed(cache=Cache(tmp_path / "c.sqlite"), offline=True)
    with pytest.raises(OfflineMiss) as err:
        offline.search('"dry needling"[tiab] AND   "neck pain"[tiab]')
    assert str(err.value) == (
        "no cached response for esearch '\"dry needling\"[tiab] AND \"neck pain\"[tiab]'; "
        "run without --offline or import a library with `claim-audit library import`"
    )
    with pytest.raises(OfflineMiss) as err:
        offline.fetch(["37664417", "36294487"])
    assert str(err.value) == (
        "no cached response for efetch of PMID 37664417, 36294487; "
        "run without --offline or import a library with `claim-audit library import`"
    )
    assert offline.requests_made == 0


def test_offline_with_refresh_or_without_cache_is_refused(tmp_path) -> None:
    with pytest.raises(ConfigError, match="--refresh needs the network and --offline forbids it"):
        PubMed(cache=Cache(tmp_path / "c.sqlite"), offline=True, refresh=True)
    with pytest.raises(AuditError) as err:
        open_evidence(offline=True, cache=tmp_path / "missing.sqlite")
    assert str(err.value) == (
        f"no response cache at {tmp_path / 'missing.sqlite'}: an offline audit answers from a cache filled by an "
        "earlier online audit (or pass --library examples/dry-needling-evidence.xml)"
    )
    assert not (tmp_path / "missing.sqlite").exists()
    with pytest.raises(AuditError) as err:
        open_evidence(offline=True)
    assert str(err.value) == (
        "an offline audit needs evidence to answer from: pass --library examples/dry-needling-evidence.xml "
        "(or a library built with `claim-audit library import`), or --cache PATH with a cache filled by an "
        "earlier online audit"
    )


def test_open_evidence_picks_library_cache_or_both(tmp_path, emulator) -> None:
    lib = open_evidence(library=EXAMPLE)
    assert lib.name == "library" and lib.search(NECK).count == 5
    cached = tmp_path / "c.sqlite"
    client(emulator, Cache(cached)).search('"massage"[tiab]')
    both = open_evidence(library=EXAMPLE, cache=cached, offline=True)
    assert isinstance(both, Layered)
    assert both.search(NECK).source == "library"
    assert both.search('"zzz unknown"[tiab]').count == 0  # offline cache miss behind an empty library
    offline = open_evidence(cache=cached, offline=True)
    assert isinstance(offline, PubMed) and offline.search('"massage"[tiab]').source == "cache"


_WRITER = """
import sys
from audit.cache import Cache
cache = Cache(sys.argv[1])
for i in range(150):
    cache.put("esearch", {"db": "pubmed", "term": f"{sys.argv[2]} {i}"}, (sys.argv[2] * 200).encode())
"""


def test_two_processes_write_the_same_cache_concurrently(tmp_path) -> None:
    path = tmp_path / "shared.sqlite"  # created by whichever process gets there first
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name], cwd=ROOT, stderr=subprocess.PIPE)
        for name in ("alpha", "beta")
    ]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    cache = Cache(path)
    assert len(cache) == 300
    assert cache.get("esearch", {"db": "pubmed", "term": "beta 149"}).body == b"beta" * 200  # type: ignore[union-attr]


def test_online_without_a_cache_path_uses_the_user_cache(monkeypatch, tmp_path, emulator) -> None:
    monkeypatch.setenv("CLAIM_AUDIT_CACHE", str(tmp_path / "user" / "entrez.sqlite"))
    source = open_evidence(email=EMAIL, base_url=emulator.url)
    assert isinstance(source, PubMed) and source.cache is not None
    assert source.cache.path == tmp_path / "user" / "entrez.sqlite"
    source.search(NECK)
    assert len(source.cache) == 1


def test_layered_fetch_takes_the_library_first_and_pubmed_for_the_rest(tmp_path, emulator) -> None:
    small = Library()
    small.import_xml(
        b'<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">90000001</PMID><Article>'
        b"<ArticleTitle>Synthetic local record</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
        b"</PubmedArticleSet>"
    )
    layered = Layered(small, client(emulator, Cache(tmp_path / "c.sqlite")))
    records = layered.fetch(["90000001", "36294487"])
    assert [r.pmid for r in records] == ["90000001", "36294487"]
    assert [r.params["id"] for r in emulator.requests] == ["36294487"] and layered.requests_made == 1
    local = layered.search('"synthetic local"[ti]')
    assert (local.source, local.ids) == ("library", ("90000001",))
    remote = layered.search(NECK)  # nothing in the small library: PubMed answers
    assert (remote.source, remote.count) == ("mirror", 4) and layered.requests_made == 2
