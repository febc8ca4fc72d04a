"""The HTML report in a real headless browser (Debian's chromium): what a person sees, no console errors."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from synthetic import HOSTILE_IMG, HOSTILE_SCRIPT, make_result

from reports import write_report
from reports.labels import load_labels

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0", "--hide-scrollbars"]

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


def _chromium(tmp_path: Path, html: Path, *action: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *action, html.as_uri()],
                          capture_output=True, text=True, timeout=120, check=True)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def _look(tmp_path: Path, report: Path, screenshot: Path):
    dom = _chromium(tmp_path, report, "--dump-dom")
    shot = _chromium(tmp_path, report, "--window-size=1280,2200", f"--screenshot={screenshot}")
    return lxml.html.fromstring(dom.stdout), _console(dom.stderr) + _console(shot.stderr)


def _colours(png: Path) -> set[tuple[int, int, int]]:
    from PIL import Image

    with Image.open(png) as img:
        return {c[:3] for _, c in img.convert("RGB").getcolors(maxcolors=1 << 20)}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


@needs_chromium
def test_hostile_article_renders_as_text_and_runs_nothing(tmp_path):
    report = write_report(make_result(hostile=True), tmp_path / "hostile.html")
    dom, console = _look(tmp_path, report, tmp_path / "hostile.png")
    assert console == []  # no script tried to run, nothing was blocked or loaded
    assert dom.xpath("//script") == [] and dom.xpath("//img") == []
    assert HOSTILE_SCRIPT in dom.xpath("//h1")[0].text_content()
    assert HOSTILE_IMG in dom.xpath("//h1")[0].text_content()


def _example_result():
    example = ROOT / "examples" / "dry-needling.txt"
    library = ROOT / "examples" / "dry-needling-evidence.xml"
    try:
        from audit import audit_claims  # noqa: F401
        from claims import extract_claims  # noqa: F401
    except ImportError:
        pytest.skip("the audit pipeline (claims.extract_claims, audit.audit_claims) is not in this checkout yet")
    if not library.exists():
        pytest.skip("the bundled library examples/dry-needling-evidence.xml is missing")
    from audit.sources import open_evidence
    from reports.pipeline import audit_article

    return audit_article(example, open_evidence(library=library, offline=True))


@needs_chromium
def test_example_report_as_a_person_sees_it(tmp_path):
    result = _example_result()
    report = write_report(result, tmp_path / "report.html")
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "report.png"
    dom, console = _look(tmp_path, report, screenshot)
    assert console == []
    labels = load_labels()
    counts = result.counts()
    # the badges a person reads, one per claim, worst first
    badges = [b.text_content() for b in dom.xpath("//article//header/span[contains(@class,'badge')]")]
    assert len(badges) == len(result.verdicts)
    assert badges == sorted(badges, key=[labels.verdict(v).label for v in counts].index)
    # the chart shows every verdict with its count
    bars = dom.xpath("//svg//*[local-name()='g'][@class='bar']")
    assert {b.get("data-verdict"): int(b.xpath("./*[local-name()='text']")[1].text) for b in bars} == counts
    # and the screenshot really shows the colours of the verdicts present near the top
    seen = _colours(screenshot)
    for verdict, n in counts.items():
        if n:
            assert _rgb(labels.verdict(verdict).colour) in seen, verdict
