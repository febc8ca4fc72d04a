"""The learned detector's second opinion over the rules: what it adds, what it drops, the model file, and training."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import claims.detector
import claims.extract
from claims import ClaimLedger, extract_claims, extract_claims_from_text
from claims.detector import MODEL, N_FEATURES, SIGNPOST, Detector, DetectorError, default_detector
from claims.extract import judged_units
from claims.kinds import default_kind_model
from reports.cli import main

ARTICLES = Path(__file__).resolve().parent / "articles"
PAGE = ("# Acupuncture for back pain\n\n"
        "In this article we look at how acupuncture can ease back pain.\n\n"
        "Acupuncture eases back pain. Our clinic opened in 2009 and sessions last 45 minutes.\n\n"
        "- Book online today\n")


def _constant(monkeypatch: pytest.MonkeyPatch, logit: float) -> None:
    """A detector that gives every unit the same probability (no weights, only an intercept)."""
    fake = Detector(np.zeros(N_FEATURES), logit, {"articles": 0})
    monkeypatch.setattr(claims.extract, "default_detector", lambda: fake)


def test_the_rules_alone_find_the_one_claim() -> None:
    ledger = extract_claims_from_text(PAGE, content_type="text/markdown", detector="rules")
    assert [c.source_text for c in ledger.claims] == ["Acupuncture eases back pain."]
    assert ledger.extractor_version == "1.1+rules"


def test_a_detector_sure_of_everything_adds_every_unit_but_the_signpost(monkeypatch: pytest.MonkeyPatch) -> None:
    _constant(monkeypatch, 20.0)
    ledger = extract_claims_from_text(PAGE, content_type="text/markdown")
    assert [c.source_text for c in ledger.claims] == [
        "Acupuncture eases back pain.", "Our clinic opened in 2009 and sessions last 45 minutes.", "Book online today"]
    added = ledger.claims[1]
    assert (added.intervention, added.section, added.block_kind) == ("acupuncture", (), "paragraph")


def test_a_detector_sure_of_nothing_drops_the_rule_claims_it_covers(monkeypatch: pytest.MonkeyPatch) -> None:
    _constant(monkeypatch, -20.0)
    assert extract_claims_from_text(PAGE, content_type="text/markdown").claims == ()


def test_a_detector_in_between_keeps_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    _constant(monkeypatch, 0.0)  # (p = 0.5 drops nothing; with ADD_AT = 0.5 it would add, so a shade under)
    monkeypatch.setattr(claims.detector, "ADD_AT", 0.51)
    ledger = extract_claims_from_text(PAGE, content_type="text/markdown")
    assert [c.source_text for c in ledger.claims] == ["Acupuncture eases back pain."]


def test_a_call_to_action_is_added_only_at_the_higher_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    # ("Book online today" is a call to action; the other unit no rule claims is not)
    for p, added in ((0.55, ["Our clinic opened in 2009 and sessions last 45 minutes."]),
                     (0.65, ["Our clinic opened in 2009 and sessions last 45 minutes.", "Book online today"])):
        _constant(monkeypatch, math.log(p / (1 - p)))
        ledger = extract_claims_from_text(PAGE, content_type="text/markdown")
        assert [c.source_text for c in ledger.claims][1:] == added, p


def test_a_red_flag_lead_in_is_no_claim_the_detector_adds_and_its_signs_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    _constant(monkeypatch, 20.0)  # (sure of every unit: the lead-in's sentence would be added if it were not held)
    text = ("# Massage\n\nMassage eases back pain.\n\nMassage is safe for most people, but see your GP straight away if you "
            "have:\n\n- numbness around the groin\n- loss of bladder control\n")
    ledger = extract_claims_from_text(text, content_type="text/markdown")
    lead = "Massage is safe for most people, but see your GP straight away if you have"
    assert [c.text for c in ledger.claims] == ["Massage eases back pain.", f"{lead}: numbness around the groin",
                                               f"{lead}: loss of bladder control"]


def test_units_are_sentences_items_and_cells_with_their_offsets(tmp_path: Path) -> None:
    page = tmp_path / "zinc.md"
    page.write_text("# Zinc\n\nZinc helps colds. It is cheap.\n\n- Eases sore throats\n\n| Form | Effect |\n|---|---|\n"
                    "| Lozenge | Shortens colds |\n", encoding="utf-8")
    ledger, units = judged_units(page)
    assert [(u.block.kind, u.text) for u in units] == [
        ("paragraph", "Zinc helps colds."), ("paragraph", "It is cheap."), ("list_item", "Eases sore throats"),
        ("table_row", "Lozenge"), ("table_row", "Shortens colds")]
    assert all(ledger.article.text[u.start : u.end] == u.text for u in units)


def test_the_shipped_model_names_itself_in_the_ledger_and_the_json_keeps_it() -> None:
    model = default_detector()
    assert model.weights.shape == (N_FEATURES,)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from claims_scoring import LABELLED, load_labels

    first = list(LABELLED)[: int(model.trained_on["articles"])]  # type: ignore[call-overload]
    assert model.trained_on["labels"] == sum(len(load_labels(LABELLED[a])) for a in first)
    assert model.trained_on["last_article"] == first[-1].name
    ledger = extract_claims(ARTICLES / "magnesium-sleep.md")
    assert ledger.extractor_version == f"1.1+{model.version}+{default_kind_model().version}"
    assert ClaimLedger.from_json(ledger.to_json()).extractor_version == ledger.extractor_version


def test_a_model_file_of_the_wrong_size_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "detector.npz"
    np.savez_compressed(bad, weights=np.zeros(10, dtype=np.float32), intercept=np.float64(0.0),
                        trained_on=np.array(json.dumps({})))
    with pytest.raises(DetectorError) as err:
        Detector.read(bad)
    assert str(err.value) == (f"{bad}: a detector of 10 features, not {N_FEATURES}; retrain it "
                              "(tests/claims/train_detector.py in the source) or extract with --detector rules")


def test_a_missing_or_broken_model_file_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "detector.npz"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DetectorError, match=r"not a readable detector model \(BadZipFile\); retrain it"):
        Detector.read(broken)
    bare = tmp_path / "bare.npz"  # (a bare .npy array under the model's name: np.load gives no archive)
    with bare.open("wb") as f:
        np.save(f, np.zeros(3))
    with pytest.raises(DetectorError, match=r"bare\.npz: not a readable detector model \(TypeError\); retrain it"):
        Detector.read(bare)
    with pytest.raises(DetectorError, match="the detector's model file is missing"):
        Detector.read(tmp_path / "absent.npz")
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(claims.extract, "default_detector", lambda: Detector.read(broken))
    result = CliRunner().invoke(main, ["extract", str(page)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {broken}: not a readable detector model (BadZipFile); retrain it (tests/claims/train_detector.py in "
        "the source) or extract with --detector rules"]
    assert CliRunner().invoke(main, ["extract", str(page), "--detector", "rules"]).exit_code == 0


def test_a_table_cell_with_emphasis_is_judged_with_its_row(tmp_path: Path) -> None:
    """A cell the row's text holds only with its markup ("*morning sickness*") leaves the row to be judged whole."""
    page = tmp_path / "ginger.md"
    page.write_text("# Ginger\n\nGinger is a root.\n\n| Remedy | What it does |\n|---|---|\n"
                    "| Ginger tea | Eases *morning sickness* in pregnancy |\n", encoding="utf-8")
    _, units = judged_units(page)
    assert [u.text for u in units if u.block.kind == "table_row"] == [
        "| Ginger tea | Eases *morning sickness* in pregnancy |"]


def test_a_signpost_is_told_from_a_sentence_that_opens_the_same_way() -> None:
    assert [bool(SIGNPOST.match(t)) for t in (
        "In this article, we'll explore how dry needling can help", "Today\u2019s post looks at sleep",
        "Here, in this article, we cover", "This post-operative programme eases knee pain",
        "This issue often settles within weeks", "In this article's trial, pain fell")] == [
        True, True, True, False, False, False]


def test_an_unknown_detector_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown detector 'learned': use one of hybrid, rules"):
        extract_claims_from_text(PAGE, detector="learned")


def test_the_extract_command_takes_the_detector(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    rules = CliRunner().invoke(main, ["extract", str(page), "--detector", "rules"])
    assert rules.exit_code == 0
    assert json.loads(rules.output)["extractor_version"] == "1.1+rules"
    bad = CliRunner().invoke(main, ["extract", str(page), "--detector", "learned"])
    assert bad.exit_code == 2 and "'learned' is not one of 'hybrid', 'rules'" in bad.output


def test_training_is_deterministic_and_the_model_round_trips(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_detector import examples, fit

    chosen = [ARTICLES / n for n in ("cupping-clinic.html", "magnesium-sleep.md", "chiropractic-back-pain.txt")]
    units, ys, _ = examples(chosen)
    # 79 units; of the 47 labels, two share one sentence ("Heat therapy relaxes stiff muscles before exercise, and ice
    # packs reduce swelling after a flare-up."), whose one unit pairs with one of them: 46 paired; and the four table rows
    # of the back-pain page, each labelled whole ("Low back pain\tRestores joint motion"), make their second cells
    # positive too ("Restores joint motion and relieves pain" lies more than half inside the label): 50
    assert (len(units), sum(ys)) == (79, 50)
    first, second = fit(units, ys, {"articles": 3}), fit(units, ys, {"articles": 3})
    assert first.version == second.version
    first.save(tmp_path / "m.npz")
    back = Detector.read(tmp_path / "m.npz")
    assert back.version == first.version and back.trained_on == {"articles": 3}
    assert np.allclose(back.probabilities(units), first.probabilities(units))


# (it reads every labelled article again; the kind model's twin took 263 s alone on 1,279 of them, near the suite-wide
# 300 s limit)
@pytest.mark.timeout(900)
@pytest.mark.skipif(not MODEL.exists(), reason="no shipped model")
def test_the_shipped_model_is_what_training_on_its_articles_gives() -> None:
    """Retraining on the articles the model records (the first N of LABELLED) reproduces its judgements."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from claims_scoring import LABELLED
    from train_detector import examples, fit

    shipped = default_detector()
    articles = list(LABELLED)[: int(shipped.trained_on["articles"])]  # type: ignore[call-overload]
    units, ys, _ = examples(articles)
    assert (len(units), sum(ys)) == (shipped.trained_on["units"], shipped.trained_on["positive_units"])
    again = fit(units, ys, shipped.trained_on)
    sample = units[::50]
    assert np.abs(again.probabilities(sample) - shipped.probabilities(sample)).max() < 1e-3


def test_round_160_a_comparison_rows_first_cell_alone_is_no_claim_the_detector_adds() -> None:
    html = ("<html><head><title>Scalp massager</title></head><body><article><h1>Electric scalp massager for hair growth</h1>"
            "<p>Our electric scalp massager boosts blood flow to the hair follicles and eases tension headaches.</p>"
            "<h2>How does it compare?</h2><table><thead><tr><th>Option</th><th>Hair growth</th><th>Headache relief</th>"
            "<th>Side effects</th></tr></thead><tbody>"
            "<tr><td>Synthetic ScalpPro</td><td>Thicker hair in 12 weeks</td><td>Relief in 15 minutes</td><td>None reported</td></tr>"
            "<tr><td>Painkillers</td><td>No effect</td><td>Relief in 30 to 60 minutes</td><td>Rebound headaches with overuse</td></tr>"
            "</tbody></table></article></body></html>")
    found = [c.source_text for c in extract_claims_from_text(html, content_type="text/html").claims]
    # the detector finds "Painkillers" a likely claim, but alone it only names the row's treatment
    assert "Painkillers" not in found
    assert {"Relief in 30 to 60 minutes", "Rebound headaches with overuse", "Thicker hair in 12 weeks"} <= set(found)
    # (a first cell that names an effect is still a claim: "Fewer night wakings | 3 in 4 parents")
    html = ("<html><head><title>Magnesium for kids</title></head><body><article><h1>Magnesium spray for children's sleep</h1>"
            "<p>Our magnesium spray helps children settle at bedtime.</p><h2>What parents told us</h2><table><thead><tr>"
            "<th>Change</th><th>Parents who noticed it</th></tr></thead><tbody><tr><td>Fewer night wakings</td><td>3 in 4</td></tr>"
            "<tr><td>My child fell asleep faster</td><td>4 in 5</td></tr></tbody></table></article></body></html>")
    led = extract_claims_from_text(html, content_type="text/html")
    assert any("night wakings" in c.source_text for c in led.claims)


def test_round_161_a_two_column_table_of_when_to_book_has_no_claims_the_detector_adds() -> None:
    # (its rows became a table in round 161, when a figure run on after a word joined the junctions a loose header's rows
    # may have; without the two-column schedule rule the detector would add a claim per cell)
    text = ("Sports massage for cyclists\n\nSports massage eases tight quads after long rides.\n\nRide typeWhen to book\n"
            "Sportive or gran fondo2\u20133 days before, plus a flush 1\u20132 days after\n"
            "Stage race or tourAfter the final stage, or mid-week on a rest day\n"
            "Regular club runsEvery 3\u20134 weeks through the season\nWinter turbo blocksMonthly, or when your legs feel flat\n")
    found = [c.source_text for c in extract_claims_from_text(text).claims]
    assert found == ["Sports massage eases tight quads after long rides."]


def test_review_161_a_two_column_price_list_still_makes_its_claims() -> None:
    text = ("# Pregnancy massage\n\nPregnancy massage eases back pain in late pregnancy.\n\n| Treatment | Price |\n|---|---|\n"
            "| Pregnancy massage to relieve pelvic girdle pain | \u00a350 |\n| Foot massage to ease swollen ankles | \u00a330 |\n")
    found = [c.source_text for c in extract_claims_from_text(text, content_type="text/markdown").claims]
    assert any("pelvic girdle pain" in f for f in found)


@pytest.mark.parametrize(("cells", "alone"), [
    (("Painkillers", "Relief in 30 to 60 minutes"), True),
    # (its citation marker is no part of what it names)
    (("Cold teething ring [1]", "Soothes sore gums within minutes"), True),
    # a first cell that is itself an outcome is a claim of its own
    (("Fewer night wakings", "3 in 4"), False), (("More energy", "3 in 4"), False), (("Glowing skin", "2 in 5"), False),
    (("Calmer evenings", "4 in 5"), False)])
def test_review_162_a_rows_first_cell_alone_names_its_subject_unless_it_is_an_outcome(cells: tuple[str, str], alone: bool) -> None:
    from claims.builder import row_subject_alone
    from claims.structure import Block

    block = Block("table_row", " ".join(cells), 0, 40, cells=cells, header=("Option", "Result"))
    assert row_subject_alone(block, cells[0]) is alone
    # (a whole row, or another cell, is never the first cell alone)
    assert row_subject_alone(block, cells[1]) is False
    assert row_subject_alone(Block("list_item", cells[0], 0, 20), cells[0]) is False
