"""`claim-audit library import/search` through click, on the synthetic fixture."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.library import Library
from reports.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pubmed"
SYNTHETIC = FIXTURES / "synthetic.xml"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def library(tmp_path: Path, runner: CliRunner) -> Path:
    db = tmp_path / "lib.sqlite"
    result = runner.invoke(main, ["library", "import", str(SYNTHETIC), "--library", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_import_then_reimport(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "lib.sqlite"
    gz = tmp_path / "synthetic.xml.gz"
    gz.write_bytes(gzip.compress(SYNTHETIC.read_bytes()))
    result = runner.invoke(main, ["library", "import", str(SYNTHETIC), "--library", str(db)])
    assert result.exit_code == 0
    assert result.stdout == (
        f"Imported 7 record(s) from 1 file(s) into {db}: 7 added, 0 replaced, 0 skipped; 7 in the library.\n"
    )
    assert "Importing 1 file(s)" in result.stderr  # the progress bar
    result = runner.invoke(main, ["library", "import", str(gz), "--library", str(db), "-q"])
    assert result.stdout == (
        f"Imported 7 record(s) from 1 file(s) into {db}: 0 added, 7 replaced, 0 skipped; 7 in the library.\n"
    )
    assert result.stderr == ""
    assert len(Library.open(db)) == 7


def test_import_a_folder(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "xml"
    folder.mkdir()
    (folder / "a.xml.gz").write_bytes(gzip.compress(SYNTHETIC.read_bytes()))
    (folder / "notes.txt").write_text("not imported")
    db = tmp_path / "lib.sqlite"
    result = runner.invoke(main, ["library", "import", str(folder), "--library", str(db), "-q"])
    assert result.stdout.startswith("Imported 7 record(s) from 1 file(s)")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(main, ["library", "import", str(empty), "--library", str(db)])
    assert (result.exit_code, result.stderr) == (1, f"Error: {empty} holds no PubMed .xml or .xml.gz files\n")


def test_library_path_from_environment(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "env.sqlite"
    result = runner.invoke(main, ["library", "import", str(SYNTHETIC), "-q"], env={"CLAIM_AUDIT_LIBRARY": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_search_prints_count_and_records(library: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["library", "search", '"dry needling"[tiab]', "--library", str(library)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        '3 record(s) match "dry needling"[tiab]',
        "90000002\t2021\tJ Synth Med\tSynthetic meta-analysis of dry needling and massage for low back pain.",
        "doi:10.9999/synth.doi.0006\t2020\tSynth Physio J\tSynthetic digest: dry needling versus sham needling "
        "for shoulder pain.",
        "90000001\t2019\tJ Synth Med\tA synthetic randomised trial of dry needling for chronic neck pain.",
    ]


def test_search_limit_and_retraction_flag(library: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["library", "search", "acupuncture", "--library", str(library), "--limit", "1"])
    assert result.stdout.splitlines() == [
        "2 record(s) match acupuncture (showing 1)",
        "90000005\t2013\tSynth Acupunct Lett\tRetraction notice: synthetic cohort of acupuncture after knee surgery.",
    ]
    result = runner.invoke(main, ["library", "search", "90000004[pmid]", "--library", str(library)])
    assert result.stdout.splitlines()[1].endswith("acupuncture and pain after knee surgery. [RETRACTED]")


def test_search_json_and_xml_library(runner: CliRunner) -> None:
    result = runner.invoke(main, ["library", "search", "review[pt]", "--library", str(SYNTHETIC), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"query": "review[pt]", "count": 2, "ids": ["90000002", "90000003"]}


def test_unsupported_query_is_an_error(library: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["library", "search", "needling AND eng[la]", "--library", str(library)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: field tag [la] is not supported by the local library; supported: terms,")
    assert result.stdout == ""


def test_missing_library_and_bad_files(tmp_path: Path, runner: CliRunner) -> None:
    missing = tmp_path / "none.sqlite"
    result = runner.invoke(main, ["library", "search", "pain", "--library", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no library at {missing}; create it with `claim-audit library import FILE... --library {missing}`\n"
    )
    result = runner.invoke(main, ["library", "import", str(FIXTURES / "truncated.xml"), "--library",
                                  str(tmp_path / "t.sqlite"), "-q"])
    assert result.exit_code == 1
    assert "malformed or truncated PubMed XML at line 183" in result.stderr
    result = runner.invoke(main, ["library", "import", str(SYNTHETIC), "--library", str(tmp_path / "out.xml")])
    assert result.exit_code == 1
    assert "is an XML file; import into an .sqlite library file instead" in result.stderr


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["library", "--help"], "Build and search a local evidence library"),
        (["library", "import", "--help"], "Import PubMed XML FILES"),
        (["library", "search", "--help"], "Search the library with a PubMed QUERY"),
        (["library", "search", "--help"], "--limit"),
    ],
)
def test_help(runner: CliRunner, args: list[str], text: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 0 and text in result.stdout
