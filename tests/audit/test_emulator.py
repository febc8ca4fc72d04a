"""The E-utilities emulator: NCBI's reply shapes, GET and POST, request log, rate limit, faults."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from lxml import etree

from audit.emulator import EutilsEmulator
from audit.library import Library
from audit.pubmed import PubMed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dry-needling-evidence.xml"
NECK = '("dry needling"[tiab] OR "Dry Needling"[mh]) AND ("neck pain"[tiab] OR "Neck Pain"[mh])'


def get(emu: EutilsEmulator, utility: str, **params: str) -> tuple[int, bytes]:
    try:
        with urlopen(f"{emu.url}{utility}?{urlencode(params)}", timeout=5) as reply:
            return reply.status, reply.read()
    except HTTPError as exc:
        return exc.code, exc.read()


def test_esearch_reply_has_ncbis_shape(emulator) -> None:
    status, body = get(emulator, "esearch.fcgi", db="pubmed", term=NECK, retmax="2", retstart="1")
    assert status == 200 and b'<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN"' in body
    root = etree.fromstring(body)
    assert [c.tag for c in root] == ["Count", "RetMax", "RetStart", "IdList", "TranslationSet", "QueryTranslation"]
    assert (root.findtext("Count"), root.findtext("RetMax"), root.findtext("RetStart")) == ("4", "2", "1")
    assert [e.text for e in root.find("IdList")] == ["36294487", "33066556"]  # the DOI-only record is not PubMed's
    counted = etree.fromstring(get(emulator, "esearch.fcgi", db="pubmed", term=NECK, retmax="0")[1])
    assert (counted.findtext("Count"), counted.findtext("RetMax"), len(counted.find("IdList"))) == ("4", "0", 0)


def test_efetch_by_get_and_post_returns_a_pubmed_article_set(emulator) -> None:
    status, body = get(emulator, "efetch.fcgi", db="pubmed", id="37664417,36294487", rettype="xml", retmode="xml")
    root = etree.fromstring(body)
    assert status == 200 and root.tag == "PubmedArticleSet"
    assert [a.findtext("MedlineCitation/PMID") for a in root] == ["37664417", "36294487"]
    data = urlencode({"db": "pubmed", "id": "36294487", "retmode": "xml"}).encode()
    with urlopen(Request(f"{emulator.url}efetch.fcgi", data=data, method="POST"), timeout=5) as reply:
        assert etree.fromstring(reply.read())[0].findtext("MedlineCitation/PMID") == "36294487"
    assert [(r.utility, r.method) for r in emulator.requests] == [("efetch", "GET"), ("efetch", "POST")]
    assert emulator.counts == {"efetch": 2}


def test_esummary_ecitmatch_and_errors(emulator) -> None:
    _status, body = get(emulator, "esummary.fcgi", db="pubmed", id="36294487")
    doc = etree.fromstring(body).find("DocSum")
    assert doc.findtext("Id") == "36294487" and doc.findtext("Item[@Name='Source']") == "J Clin Med"
    _status, text = get(emulator, "ecitmatch.cgi", db="pubmed", retmode="xml", bdata="J Clin Med|2022|11|6167||k1|")
    assert text.decode().strip() == "J Clin Med|2022|11|6167||k1|36294487"
    _status, body = get(emulator, "esearch.fcgi", db="pubmed", term="dry needling[zz]")
    assert etree.fromstring(body).findtext("ERROR")
    _status, body = get(emulator, "esearch.fcgi", db="nothing", term="x")
    assert etree.fromstring(body).findtext("ERROR") == "Invalid db name specified: nothing"
    assert emulator.counts == {"esummary": 1, "ecitmatch": 1, "esearch": 2}


def test_rate_limit_answers_429_beyond_three_per_second(library) -> None:
    with EutilsEmulator(library, rate_limit=3) as emu:
        statuses = [get(emu, "esearch.fcgi", db="pubmed", term="x[tiab]")[0] for _ in range(5)]
        assert statuses == [200, 200, 200, 429, 429]
        _status, body = get(emu, "esearch.fcgi", db="pubmed", term="x[tiab]")
        assert json.loads(body)["error"] == "API rate limit exceeded"
        time.sleep(1.05)
        # Bio.Entrez's own throttle (0.37 s between calls without a key) keeps us under the limit
        pubmed = PubMed(email="a@example.org", base_url=emu.url, max_tries=1)
        for term in ("a", "b", "c", "d", "e"):
            pubmed.search(f"{term}[tiab]")
        assert [r.status for r in emu.requests[-5:]] == [200] * 5 and pubmed.requests_made == 5


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("500", lambda s, b: s == 500),
        ("502", lambda s, b: s == 502),
        ("429", lambda s, b: s == 429),
        ("truncated", lambda s, b: s == 200 and not b.rstrip().endswith(b"</eSearchResult>")),
        ("malformed", lambda s, b: s == 200 and b"<Broken attr=>" in b),
        ("error", lambda s, b: s == 200 and b"<ERROR>Search Backend failed" in b),
    ],
)
def test_faults_fire_on_the_requested_request_only(emulator, kind, check) -> None:
    emulator.inject(kind, request=2)
    first, second, third = (get(emulator, "esearch.fcgi", db="pubmed", term=NECK) for _ in range(3))
    assert first[0] == 200 and check(*second) and third == first


def test_faults_by_query_and_ids_and_timeouts(emulator) -> None:
    emulator.timeout_delay = 0.6
    emulator.inject("timeout", query='"neck pain"[tiab]', times=None)
    emulator.inject("503", utility="efetch", ids=["36294487"])
    started = time.monotonic()
    assert get(emulator, "esearch.fcgi", db="pubmed", term=NECK)[0] == 200
    assert time.monotonic() - started >= 0.6
    assert get(emulator, "efetch.fcgi", db="pubmed", id="37664417")[0] == 200
    assert get(emulator, "efetch.fcgi", db="pubmed", id="37664417,36294487")[0] == 503
    assert [r.status for r in emulator.requests] == [200, 200, 503]
    with pytest.raises(ValueError, match="unknown fault 'teapot'"):
        emulator.inject("teapot")


def test_an_api_key_raises_the_limit_to_ten_per_second(library) -> None:
    with EutilsEmulator(library, rate_limit=3) as emu:
        keyed = [get(emu, "esearch.fcgi", db="pubmed", term="x[tiab]", api_key="k")[0] for _ in range(11)]
        assert keyed == [200] * 10 + [429]


METAPUB = ROOT / ".." / "shared" / "data" / "metapub_fixtures" / "pmid_xml"


def test_real_records_round_trip_through_library_emulator_and_client(tmp_path) -> None:
    if not METAPUB.is_dir():
        pytest.skip("../shared/data/metapub_fixtures is absent")
    files = sorted(METAPUB.glob("*.xml"))[:40]
    lib = Library()
    lib.import_files(files)
    ids = [k for k in lib.keys() if k.isdigit()]
    assert len(ids) >= 30
    with EutilsEmulator(lib) as emu:
        pubmed = PubMed(email="a@example.org", api_key="k", base_url=emu.url)
        assert pubmed.fetch(ids) == lib.fetch(ids)  # the served bytes parse back to the same records
        assert emu.counts == {"efetch": 1}
