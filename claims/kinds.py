"""A learned reading of what kind of claim each claim is (efficacy, benefit, mechanism, safety, statistic, citation).

The rules give every claim a kind as they find it (``detect.kind_of`` and the list's lead-in). On pages they had never
seen, those kinds agreed with the labels' for about two claims in three; the labels themselves, written twice by
different labellers, agree for 19 in 20. So the hybrid extractor asks a multinomial logistic regression, trained on the
labelled claims by ``tests/claims/train_kinds.py``, and keeps its answer; ``detector="rules"`` keeps the rules' kinds.

The model reads the claim's self-contained text (words and word pairs: "may be unsuitable for people with …" is
safety), its source words (character n-grams) and where it stands: block kind, wording, whether it cites something,
numbers and percentages, and its heading's words. It is stored in ``data/kinds.npz``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .detector import BATCH, DetectorError, read_model_file
from .model import CLAIM_KINDS, Claim

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = ["KIND_MODEL", "KindModel", "default_kind_model", "kind_features"]

KIND_MODEL = Path(__file__).parent / "data" / "kinds.npz"

#: the hashed feature sets, in the order of the weights' columns (part of the model's name)
KIND_FEATURES = (("words", {"ngram_range": (1, 2), "n_features": 2**16}),
                 ("chars", {"analyzer": "char_wb", "ngram_range": (3, 5), "n_features": 2**16}),
                 ("place", {"token_pattern": r"\S+", "lowercase": False, "n_features": 2**12}))
N_KIND_FEATURES = sum(int(settings["n_features"]) for _, settings in KIND_FEATURES)  # type: ignore[call-overload]

_PERCENT = re.compile(r"%|\bper ?cent\b|\b\d+ (?:in|out of) \d+\b", re.IGNORECASE)


def _place(claim: Claim) -> str:
    heading = claim.section[-1] if claim.section else ""
    tokens = [f"B_{claim.block_kind}", f"W_{claim.wording}", f"C_{min(len(claim.citations), 2)}",
              f"NUM_{int(bool(re.search(r'[0-9]', claim.text)))}", f"PCT_{int(bool(_PERCENT.search(claim.text)))}"]
    tokens += ["S_" + w for w in re.findall(r"[a-z]+", heading.lower())[:8]]
    return " ".join(tokens)


@cache
def _vectorizers() -> tuple[Any, ...]:
    from sklearn.feature_extraction.text import HashingVectorizer

    return tuple(HashingVectorizer(alternate_sign=False, **settings) for _, settings in KIND_FEATURES)


def kind_features(claims: Sequence[Claim]) -> csr_matrix:
    """The hashed feature matrix of ``claims`` (one row each)."""
    from scipy.sparse import hstack

    words, chars, place = _vectorizers()
    return hstack([words.transform([c.text for c in claims]), chars.transform([c.source_text for c in claims]),
                   place.transform([_place(c) for c in claims])]).tocsr()


@dataclass(frozen=True)
class KindModel:
    """A trained model: one weight row and intercept per kind (``classes``), and what it was trained on."""

    classes: tuple[str, ...]
    weights: np.ndarray
    intercepts: np.ndarray
    trained_on: dict[str, object]

    @cached_property
    def version(self) -> str:
        """``kinds-<digest>``: names the classes, the weights and intercepts (little-endian) and the feature settings."""
        settings = json.dumps([self.classes, KIND_FEATURES]).encode()
        digest = hashlib.sha256(self.weights.astype("<f8").tobytes() + self.intercepts.astype("<f8").tobytes()
                                + settings).hexdigest()[:12]
        return f"kinds-{digest}"

    def predict(self, claims: Sequence[Claim]) -> list[str]:
        """The most likely kind of each claim."""
        out: list[str] = []
        for i in range(0, len(claims), BATCH):  # (batched as the detector is: one matrix for 20,000 claims costs memory)
            scores = kind_features(claims[i : i + BATCH]) @ self.weights.T + self.intercepts
            out += [self.classes[int(k)] for k in scores.argmax(axis=1)]
        return out

    def save(self, path: Path = KIND_MODEL) -> None:
        import numpy as np

        np.savez_compressed(path, classes=np.array(self.classes), weights=self.weights.astype(np.float32),
                            intercepts=self.intercepts.astype(np.float64),
                            trained_on=np.array(json.dumps(self.trained_on, sort_keys=True)))

    @classmethod
    def read(cls, path: Path = KIND_MODEL) -> KindModel:
        """The model at ``path``; a missing, unreadable or malformed file is a :class:`DetectorError`."""
        import numpy as np

        hint = "retrain it (tests/claims/train_kinds.py in the source) or extract with --detector rules"
        classes, weights, intercepts, trained_on = read_model_file(
            path, lambda data: (tuple(str(c) for c in data["classes"]), data["weights"].astype(np.float64),
                                data["intercepts"].astype(np.float64), json.loads(str(data["trained_on"]))),
            missing="the claim-kind model file", unreadable="claim-kind model", hint=hint)
        if not isinstance(trained_on, dict) or not (np.isfinite(weights).all() and np.isfinite(intercepts).all()):
            raise DetectorError(f"{path}: not a readable claim-kind model (non-finite weights or no training record); {hint}")
        if not classes or len(set(classes)) != len(classes) or not set(classes) <= set(CLAIM_KINDS) \
                or weights.shape != (len(classes), N_KIND_FEATURES) or intercepts.shape != (len(classes),):
            raise DetectorError(f"{path}: a claim-kind model of shape {weights.shape} over {list(classes)}, not "
                                f"(kinds, {N_KIND_FEATURES}) over claim kinds; {hint}")
        return cls(classes, weights, intercepts, trained_on)


@cache
def default_kind_model() -> KindModel:
    """The model shipped with the package (read once)."""
    return KindModel.read(KIND_MODEL)
