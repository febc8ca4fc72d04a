"""`claim-audit extract`: JSON, CSV and table output, -o FILE, and one-line errors with a non-zero exit."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

import claims.ingest
from claims import ClaimLedger
from reports.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dry-needling.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_output_has_article_and_claims() -> None:
    code, out, _ = run(str(EXAMPLE))
    assert code == 0
    data = json.loads(out)
    assert data["article"]["title"] == "Mechanisms of Action in Dry Needling: Unraveling Pain"
    assert data["article"]["source"] == str(EXAMPLE)
    assert data["article"]["retrieved_at"].endswith("+00:00")
    claim = next(c for c in data["claims"] if c["text"] == "Dry needling is an effective treatment for sciatica")
    assert {k: claim[k] for k in ("kind", "intervention", "block_kind", "misattributed_structurally")} == {
        "kind": "efficacy", "intervention": "dry needling", "block_kind": "list_item",
        "misattributed_structurally": False}
    for key in ("id", "source_text", "start", "end", "section", "subject_in_text", "conditions", "outcomes",
                "wording", "citations", "misattribution_reason"):
        assert key in claim
    assert ClaimLedger.from_json(out).claims[0].id == data["claims"][0]["id"]


def test_csv_output_to_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "claims.csv"
    code, out, err = run(str(EXAMPLE), "--format", "csv", "-o", str(target))
    assert code == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert err.strip() == f"{len(rows)} claims written to {target}"
    flagged = [r for r in rows if r["misattributed_structurally"] == "True"]
    assert len(flagged) == 6 and {r["subject_in_text"] for r in flagged} == {"massage"}


def test_table_output() -> None:
    code, out, _ = run(str(EXAMPLE), "--format", "table")
    assert code == 0
    assert "claims in Mechanisms of Action in Dry Needling" in out
    assert out.count("misattributed: massage") == 6
    assert "J Manipulative Physiol Ther" in out


def test_help_describes_every_option() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    for text in ("SOURCE", "--format", "json|csv|table", "-o, --output", "Write to this file"):
        assert text in result.output


# -- bad input: one line, exit 1, no traceback ----------------------------------------------
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"\n \n", "{path} is empty: there is no article text to read"),
        ("blob.txt", b"\x00\x01\x02binary" * 20, "{path} is a binary file (it contains NUL bytes), not a text, Markdown or HTML article"),
        ("bad.txt", b"Massage \x97 helps pain.", "{path} cannot be decoded as utf-8 (byte 0x97 at offset 8); save it as UTF-8"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
         "{path}: no article text found in the page (only navigation, forms or boilerplate)"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(str(path))
    assert code == 1 and out == ""
    assert err == "Error: " + message.format(path=path) + "\n"


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = run(str(tmp_path / "none.md"))
    assert (code, err) == (1, f"Error: file not found: {tmp_path / 'none.md'}\n")


def test_file_over_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims.ingest, "MAX_BYTES", 100)
    path = tmp_path / "long.txt"
    path.write_text("Massage helps neck pain.\n" * 10)
    code, _, err = run(str(path))
    assert (code, err) == (1, f"Error: {path} is 250 bytes, over the 100-byte limit for one article\n")


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("")
    proc = subprocess.run([sys.executable, "-c", "from reports.cli import main; main()", "extract", str(path)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == f"Error: {path} is empty: there is no article text to read\n"
    assert "Traceback" not in proc.stderr + proc.stdout


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/slow.html":
            time.sleep(1.0)
        status, ctype, body = {
            "/img.png": (200, "image/png", b"\x89PNG...."),
            "/nav.html": (200, "text/html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
            "/slow.html": (200, "text/html", b"<p>late</p>"),
        }.get(self.path, (404, "text/html", b"<h1>Not Found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing.html", "{url} returned HTTP 404 Not Found"),
        ("/img.png", "{url} is image/png, not an HTML or text page"),
        ("/nav.html", "{url}: no article text found in the page (only navigation, forms or boilerplate)"),
        ("/slow.html", "{url} timed out (connect 1 s, read 0.2 s); try again later"),
    ],
)
def test_bad_urls(server: str, monkeypatch: pytest.MonkeyPatch, path: str, message: str) -> None:
    monkeypatch.setattr(claims.ingest, "TIMEOUT", (1.0, 0.2))
    url = server + path
    code, out, err = run(url)
    assert code == 1 and out == ""
    assert err == "Error: " + message.format(url=url) + "\n"
