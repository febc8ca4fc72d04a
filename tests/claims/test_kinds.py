"""The claim-kind model: what it reads, the ledger that names it, the model file, and training."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import claims.extract
from claims import ClaimLedger, extract_claims, extract_claims_from_text
from claims.detector import DetectorError, default_detector
from claims.kinds import KIND_MODEL, N_KIND_FEATURES, KindModel, default_kind_model
from reports.cli import main

ARTICLES = Path(__file__).resolve().parent / "articles"
PAGE = ("# Cupping\n\n## Safety\n\nCupping is safe for most adults, though it can leave round marks for a week.\n\n"
        "## Benefits\n\nCupping eases neck pain and stiffness after long days at a desk.\n")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _fitted(tmp_path: Path) -> KindModel:
    """A model fitted on a few claims of two kinds, written and read back."""
    from train_kinds import fit

    ledger = extract_claims_from_text(PAGE, content_type="text/markdown", detector="rules")
    pairs = [(c, "safety" if "safe" in c.text else "benefit") for c in ledger.claims] * 3
    fit(pairs, {"articles": 0}).save(tmp_path / "k.npz")
    return KindModel.read(tmp_path / "k.npz")


def test_the_hybrid_ledger_takes_the_models_kinds_and_names_both_models(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    model = _fitted(tmp_path)
    assert model.classes == ("benefit", "safety") and model.trained_on == {"articles": 0}
    monkeypatch.setattr(claims.extract, "default_kind_model", lambda: model)
    ledger = extract_claims_from_text(PAGE, content_type="text/markdown")
    assert [(c.source_text[:22], c.kind) for c in ledger.claims] == [("Cupping is safe for mo", "safety"),
                                                                    ("Cupping eases neck pai", "benefit")]
    assert ledger.extractor_version == f"1.1+{default_detector().version}+{model.version}"
    # (a model that reads every claim as a statistic: the kinds are the model's, not the rules')
    biased = KindModel(model.classes[:1] + ("statistic",), np.zeros((2, N_KIND_FEATURES)), np.array([0.0, 5.0]), {})
    monkeypatch.setattr(claims.extract, "default_kind_model", lambda: biased)
    assert {c.kind for c in extract_claims_from_text(PAGE, content_type="text/markdown").claims} == {"statistic"}
    # (the rules alone keep the rules' kinds)
    assert extract_claims_from_text(PAGE, content_type="text/markdown", detector="rules").extractor_version == "1.1+rules"


def test_the_shipped_model_names_itself_in_the_ledger_and_the_json_keeps_it() -> None:
    model = default_kind_model()
    assert model.weights.shape == (6, N_KIND_FEATURES)
    assert set(model.classes) == {"efficacy", "benefit", "mechanism", "safety", "statistic", "citation"}
    ledger = extract_claims(ARTICLES / "magnesium-sleep.md")
    assert ledger.extractor_version.endswith(f"+{model.version}")
    assert ClaimLedger.from_json(ledger.to_json()).extractor_version == ledger.extractor_version


def test_a_missing_broken_or_misshapen_model_file_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(DetectorError) as missing:
        KindModel.read(tmp_path / "none.npz")
    assert str(missing.value) == (f"{tmp_path / 'none.npz'}: the claim-kind model file is missing; retrain it "
                                  "(tests/claims/train_kinds.py in the source) or extract with --detector rules")
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip at all")
    with pytest.raises(DetectorError, match=r"broken\.npz: not a readable claim-kind model \((ValueError|BadZipFile|OSError)\)"):
        KindModel.read(broken)
    small = KindModel(("benefit", "safety"), np.zeros((2, 10)), np.zeros(2), {})
    small.save(tmp_path / "small.npz")
    with pytest.raises(DetectorError) as shape:
        KindModel.read(tmp_path / "small.npz")
    assert str(shape.value).startswith(f"{tmp_path / 'small.npz'}: a claim-kind model of shape (2, 10) over ['benefit', "
                                       f"'safety'], not (kinds, {N_KIND_FEATURES}) over claim kinds;")
    odd = KindModel(("benefit", "rumour"), np.zeros((2, N_KIND_FEATURES)), np.zeros(2), {})
    odd.save(tmp_path / "odd.npz")
    with pytest.raises(DetectorError, match="over \\['benefit', 'rumour'\\]"):
        KindModel.read(tmp_path / "odd.npz")


def test_nan_weights_duplicate_kinds_and_a_bare_array_are_refused(tmp_path: Path) -> None:
    nan = KindModel(("benefit", "safety"), np.full((2, N_KIND_FEATURES), np.nan), np.zeros(2), {})
    nan.save(tmp_path / "nan.npz")
    with pytest.raises(DetectorError, match=r"nan\.npz: not a readable claim-kind model \(non-finite weights or no "
                                            r"training record\)"):
        KindModel.read(tmp_path / "nan.npz")
    twice = KindModel(("benefit", "benefit"), np.zeros((2, N_KIND_FEATURES)), np.zeros(2), {})
    twice.save(tmp_path / "twice.npz")
    with pytest.raises(DetectorError, match="over \\['benefit', 'benefit'\\]"):
        KindModel.read(tmp_path / "twice.npz")
    bare = tmp_path / "bare.npz"
    with bare.open("wb") as f:
        np.save(f, np.zeros(3))
    with pytest.raises(DetectorError, match=r"bare\.npz: not a readable claim-kind model \(TypeError\)"):
        KindModel.read(bare)


def test_kinds_are_read_in_batches_and_a_ledger_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import claims.kinds
    from claims.extract import with_learned_kinds

    model = _fitted(tmp_path)
    ledger = extract_claims_from_text(PAGE * 3, content_type="text/markdown", detector="rules")
    whole = model.predict(ledger.claims)
    monkeypatch.setattr(claims.kinds, "BATCH", 2)
    assert len(ledger.claims) > 2 and model.predict(ledger.claims) == whole
    read = with_learned_kinds(ledger, model)
    with pytest.raises(ValueError, match=f"already read by {model.version}"):
        with_learned_kinds(read, model)


def test_the_cli_reports_a_broken_kind_model_in_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken() -> KindModel:
        raise DetectorError(f"{tmp_path}/kinds.npz: the claim-kind model file is missing; retrain it")

    monkeypatch.setattr(claims.extract, "default_kind_model", broken)
    result = CliRunner().invoke(main, ["extract", str(ARTICLES / "magnesium-sleep.md")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {tmp_path}/kinds.npz: the claim-kind model file is missing; retrain it"]
    assert CliRunner().invoke(main, ["extract", str(ARTICLES / "magnesium-sleep.md"), "--detector", "rules"]).exit_code == 0


# (it extracts every labelled article again: 263 s alone on 1,279 of them, near the suite-wide 300 s limit)
@pytest.mark.timeout(900)
@pytest.mark.skipif(not KIND_MODEL.exists(), reason="no shipped model")
def test_the_shipped_model_is_what_training_on_its_articles_gives() -> None:
    """Retraining on the articles the model records (the first N of LABELLED) gives the same kinds."""
    from claims_scoring import LABELLED
    from train_kinds import examples, fit

    shipped = default_kind_model()
    articles = list(LABELLED)[: int(shipped.trained_on["articles"])]  # type: ignore[call-overload]
    pairs = examples(articles)
    assert len(pairs) == shipped.trained_on["claims"]
    again = fit(pairs, shipped.trained_on)
    assert again.version == shipped.version  # (bit for bit: the same weights)
