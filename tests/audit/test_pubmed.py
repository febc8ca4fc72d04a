"""The PubMed client through the real Bio.Entrez functions, against the emulator and real NCBI replies."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from audit.cache import Cache
from audit.config import NCBISettings, load_settings
from audit.emulator import EutilsEmulator
from audit.errors import ConfigError, NetworkError, ResponseError
from audit.library import Library
from audit.pubmed import PubMed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dry-needling-evidence.xml"
ENTREZ = ROOT / ".." / "shared" / "data" / "entrez"
EMAIL = "auditor-7f3a@example.org"
KEY = "KEY0123456789abcdef"
NECK = '("dry needling"[tiab] OR "Dry Needling"[mh]) AND ("neck pain"[tiab] OR "Neck Pain"[mh])'


def synthetic_xml(n: int, start: int = 90000001) -> bytes:
    """n synthetic PubMed records (our own words), all about dry needling and neck pain."""
    parts = [b"<PubmedArticleSet>"]
    for i in range(n):
        pmid = start + i
        parts.append(
            f"""<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>
<Article><Journal><JournalIssue><Volume>{i % 40 + 1}</Volume><PubDate><Year>2021</Year></PubDate></JournalIssue>
<Title>Synthetic Journal</Title><ISOAbbreviation>Synth J</ISOAbbreviation></Journal>
<ArticleTitle>Synthetic trial {i} of dry needling for neck pain</ArticleTitle>
<Pagination><MedlinePgn>{100 + i}-{110 + i}</MedlinePgn></Pagination>
<Abstract><AbstractText Label="CONCLUSIONS">In this made-up trial, needling was compared with sham.</AbstractText></Abstract>
<AuthorList><Author><LastName>Tester</LastName><Initials>A</Initials></Author></AuthorList>
<PublicationTypeList><PublicationType>Randomized Controlled Trial</PublicationType></PublicationTypeList>
</Article></MedlineCitation></PubmedArticle>""".encode()
        )
    parts.append(b"</PubmedArticleSet>")
    return b"\n".join(parts)


def client(emu: EutilsEmulator, cache: Cache | None = None, **kw: object) -> PubMed:
    kw.setdefault("retry_wait", 0.01)
    kw.setdefault("timeout", 2.0)
    return PubMed(email=EMAIL, api_key=KEY, cache=cache, base_url=emu.url, **kw)  # type: ignore[arg-type]


def test_esearch_sends_the_query_and_credentials_and_reads_count_and_ids(emulator, tmp_path) -> None:
    pubmed = client(emulator, Cache(tmp_path / "c.sqlite"))
    result = pubmed.search(NECK, retmax=3)
    assert (result.count, result.source) == (4, "mirror")
    assert result.ids == ("37664417", "36294487", "33066556")
    [sent] = emulator.requests
    assert (sent.utility, sent.method, sent.path) == ("esearch", "GET", "/entrez/eutils/esearch.fcgi")
    assert sent.params == {
        "db": "pubmed",
        "term": NECK,
        "retmax": "3",
        "sort": "relevance",
        "email": EMAIL,
        "tool": "claim-audit",
        "api_key": KEY,
    }
    again = pubmed.search("  " + NECK.replace(" AND ", "\n AND  "), retmax=3)
    assert (again.source, again.ids, again.fetched_at) == ("cache", result.ids, result.fetched_at)
    assert pubmed.requests_made == 1 and emulator.count() == 1


def test_efetch_batches_of_200_post_and_never_refetches(tmp_path) -> None:
    lib = Library()
    lib.import_xml(synthetic_xml(450))
    ids = [str(90000001 + i) for i in range(450)]
    with EutilsEmulator(lib) as emu:
        pubmed = client(emu, Cache(tmp_path / "c.sqlite"))
        records = pubmed.fetch(ids)
        assert [r.pmid for r in records] == ids
        assert records[0].title == "Synthetic trial 0 of dry needling for neck pain"
        fetches = [r for r in emu.requests if r.utility == "efetch"]
        assert [len(r.params["id"].split(",")) for r in fetches] == [200, 200, 50]
        assert [r.method for r in fetches] == ["POST", "POST", "GET"]  # Bio.Entrez POSTs 200+ ids
        assert all(r.params["email"] == EMAIL and r.params["api_key"] == KEY for r in fetches)
        assert all((r.params["rettype"], r.params["retmode"]) == ("xml", "xml") for r in fetches)
        # a differently composed request reuses the per-article cache: only the new id goes out
        with pytest.warns(UserWarning, match="PubMed returned no record for PMID 90000999"):
            more = pubmed.fetch([ids[7], ids[300], "90000999", ids[7]])
        assert [r.pmid for r in more] == [ids[7], ids[300]]
        assert emu.requests[-1].params["id"] == "90000999" and pubmed.requests_made == 4
        with pytest.warns(UserWarning, match="PubMed returned no record for PMID 90000999"):
            again = pubmed.fetch(["90000999", ids[0]])  # the absence is cached too
        assert [r.pmid for r in again] == [ids[0]] and pubmed.requests_made == 4


def test_credentials_reach_ncbi_but_never_the_cache_file(emulator, tmp_path) -> None:
    path = tmp_path / "c.sqlite"
    pubmed = client(emulator, Cache(path))
    result = pubmed.search(NECK)
    pubmed.fetch(result.ids)
    pubmed.summary(result.ids[:2])
    assert all(r.params["email"] == EMAIL and r.params["api_key"] == KEY for r in emulator.requests)
    assert pubmed.cache is not None
    keys = list(pubmed.cache.keys())
    assert len(keys) == 1 + 4 + 1 and all("email" not in k and "api_key" not in k and "tool" not in k for k in keys)
    pubmed.cache.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("c.sqlite"))
    assert b"37664417" in raw  # the bytes are really there ...
    assert EMAIL.encode() not in raw and KEY.encode() not in raw  # ... the credentials are not
    assert b"claim-audit" not in raw.replace(b'Owner="claim-audit"', b"")


def test_no_email_is_a_config_error_that_says_how_to_set_one(emulator, monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("NCBI_EMAIL", raising=False)
    monkeypatch.setenv("CLAIM_AUDIT_CONFIG", str(tmp_path / "none.toml"))
    pubmed = PubMed(base_url=emulator.url)
    with pytest.raises(ConfigError) as err:
        pubmed.search(NECK)
    assert str(err.value) == (
        "no contact email for NCBI. NCBI asks every E-utilities client for a contact email: pass "
        '--email you@example.org, set NCBI_EMAIL, or add email = "you@example.org" under [ncbi] in '
        f"{tmp_path / 'none.toml'}"
    )
    assert emulator.count() == 0


def test_settings_come_from_arguments_then_environment_then_config_file(tmp_path) -> None:
    conf = tmp_path / "config.toml"
    conf.write_text('[ncbi]\nemail = "file@example.org"\napi_key = "filekey"\ntool = "filetool"\n')
    env = {"CLAIM_AUDIT_CONFIG": str(conf)}
    assert load_settings(env=env) == NCBISettings("file@example.org", "filekey", "filetool")
    env |= {"NCBI_EMAIL": "env@example.org", "NCBI_API_KEY": "envkey"}
    assert load_settings(env=env) == NCBISettings("env@example.org", "envkey", "filetool")
    assert load_settings("arg@example.org", "argkey", "argtool", env=env) == NCBISettings(
        "arg@example.org", "argkey", "argtool"
    )
    assert "envkey" not in repr(load_settings(env=env))
    conf.write_text("[ncbi\n")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_settings(env=env)


def test_persistent_server_errors_become_a_network_error_naming_the_query_not_the_key(emulator) -> None:
    emulator.inject("503", utility="esearch", times=None)
    pubmed = client(emulator, max_tries=3)
    with pytest.raises(NetworkError) as err:
        pubmed.search(NECK)
    message = str(err.value)
    assert message.startswith(f"NCBI answered HTTP 503 (Service Unavailable) to esearch '{NECK}' after 3 tries")
    assert EMAIL not in message and KEY not in message
    assert [r.status for r in emulator.requests] == [503, 503, 503] and pubmed.requests_made == 3


def test_summary_and_citmatch_through_the_real_entrez_functions(emulator, library) -> None:
    pubmed = client(emulator)
    [doc] = pubmed.summary(["36294487"])
    assert doc["Id"] == "36294487" and doc["Source"] == "J Clin Med"
    assert "Randomized Controlled Trial" in doc["PubTypeList"]
    [record] = library.fetch(["37664417"])
    found = pubmed.citmatch(record.journal, record.year or "", record.volume, record.pages.split("-")[0], "")
    assert found == ["37664417"]
    assert pubmed.citmatch("Synth J", 1999, "1", "1", "") == []
    sent = emulator.requests[-1]
    assert sent.utility == "ecitmatch" and sent.params["bdata"] == "Synth J|1999|1|1||claim-audit|"
    assert [r.path.rsplit("/", 1)[-1] for r in emulator.requests] == ["esummary.fcgi", "ecitmatch.cgi", "ecitmatch.cgi"]


# -- real NCBI replies (../shared/data/entrez), served byte for byte on loopback ---------------
def _serve(files: dict[str, bytes], content_type: str = "text/xml; charset=UTF-8"):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            utility = urlsplit(self.path).path.rsplit("/", 1)[-1].split(".")[0]
            assert "email" in parse_qs(urlsplit(self.path).query)
            body = files[utility]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server


@pytest.fixture()
def real() -> Path:
    if not ENTREZ.is_dir():
        pytest.skip("../shared/data/entrez is absent")
    return ENTREZ


def _pubmed_for(server: ThreadingHTTPServer) -> PubMed:
    host, port = server.server_address[:2]
    return PubMed(email=EMAIL, base_url=f"http://{host}:{port}/entrez/eutils/", retry_wait=0.01, timeout=2)


def test_real_esearch_and_efetch_replies_parse(real) -> None:
    server = _serve({"esearch": (real / "esearch1.xml").read_bytes(), "efetch": (real / "pubmed2.xml").read_bytes()})
    try:
        pubmed = _pubmed_for(server)
        result = pubmed.search("biopython", retmax=20)
        assert result.count == 63 and len(result.ids) == 20 and result.ids[0] == "41282813"
        records = pubmed.fetch(["11748933", "11700088"])
        assert [r.pmid for r in records] == ["11748933", "11700088"]
        assert all(r.title for r in records)
    finally:
        server.shutdown()


def test_real_empty_search_and_real_summary_parse(real) -> None:
    server = _serve({"esearch": (real / "esearch8.xml").read_bytes(), "esummary": (real / "esummary1.xml").read_bytes()})
    try:
        pubmed = _pubmed_for(server)
        assert pubmed.search("abcXYZ").count == 0
        docs = pubmed.summary(["11850928", "11482001"])
        assert [d["Id"] for d in docs] == ["11850928", "11482001"]
    finally:
        server.shutdown()


@pytest.mark.parametrize(
    ("utility", "name", "expected"),
    [
        ("esearch", "einfo4.xml", "NCBI sent a malformed reply to esearch 'x'"),
        ("esummary", "esummary8.xml", "NCBI reported an error for esummary of PMID 1: Neither query_key nor id"),
        ("efetch", "pubmed3.html", "NCBI sent a truncated or malformed reply to efetch of PMID 1"),
    ],
)
def test_real_error_and_corrupted_replies_are_response_errors(real, utility, name, expected) -> None:
    server = _serve({utility: (real / name).read_bytes()})
    try:
        pubmed = _pubmed_for(server)
        call = {"esearch": lambda: pubmed.search("x"), "esummary": lambda: pubmed.summary(["1"]),
                "efetch": lambda: pubmed.fetch(["1"])}[utility]
        with pytest.raises(ResponseError) as err:
            call()
        assert str(err.value).startswith(expected)
    finally:
        server.shutdown()


def test_pubmed_is_an_evidence_source_and_logs_no_credentials(emulator, caplog) -> None:
    from audit.source import EvidenceSource

    pubmed = client(emulator)
    assert isinstance(pubmed, EvidenceSource) and pubmed.name == "mirror"
    assert pubmed.endpoint == emulator.url and PubMed(email=EMAIL).endpoint == "NCBI E-utilities"
    assert PubMed(email=EMAIL).name == "live"  # only NCBI's own answers are called live
    with caplog.at_level("DEBUG"):
        pubmed.search(NECK)
        pubmed.fetch(["36294487"])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"esearch '{NECK}'" in logged and "efetch of PMID 36294487" in logged
    assert EMAIL not in logged and KEY not in logged
    assert pubmed.by_utility == {"esearch": 1, "efetch": 1}
    assert "KEY0" not in repr(pubmed.settings) and EMAIL not in repr(pubmed)


def test_an_unresolvable_host_fails_at_once_without_retries() -> None:
    import time

    pubmed = PubMed(email=EMAIL, base_url="http://no-such-host.invalid/entrez/eutils/", max_tries=3, retry_wait=5.0,
                    timeout=5.0)
    started = time.monotonic()
    with pytest.raises(NetworkError) as caught:
        pubmed.search(NECK)
    assert time.monotonic() - started < 4.0  # no 5 s waits between tries
    assert pubmed.requests_made == 1
    message = str(caught.value)
    assert message.startswith(f"could not get esearch '{NECK}': cannot resolve no-such-host.invalid")
    assert message.endswith("); check the network connection")
    assert EMAIL not in message
