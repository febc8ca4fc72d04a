"""A learned second opinion on which sentences of an article are health claims.

The hand-written rules (``builder.py``) decide first. Then a linear model, trained on the labelled test articles by
``tests/claims/train_detector.py``, scores every unit of the article's content: each sentence of a paragraph or list
item and each cell of a table row. A unit the model finds likely a claim (``ADD_AT``) that no rule claim covers is
added; a rule claim whose units the model all finds unlikely (below ``DROP_BELOW``) is dropped.

The model reads words and word pairs, character n-grams, and where the unit stands: its block kind, the last words of
its list's lead-in and the words of its heading. Features are hashed (scikit-learn's ``HashingVectorizer``), so the
model is a weight vector and nothing else; it is stored in ``data/detector.npz`` with the figures of its training.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import HashingVectorizer

from .sentences import split_sentences
from .structure import Block

__all__ = ["ADD_AT", "DROP_BELOW", "MODEL", "SIGNPOST", "Detector", "Unit", "units_of"]

MODEL = Path(__file__).parent / "data" / "detector.npz"
#: a unit no rule claim covers is added at this probability or above
ADD_AT = 0.5
#: a rule claim is dropped when every unit it covers scores below this
DROP_BELOW = 0.25

_WORDS = HashingVectorizer(ngram_range=(1, 2), n_features=2**18, alternate_sign=False)
_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=2**18, alternate_sign=False)
_PLACE = HashingVectorizer(token_pattern=r"\S+", lowercase=False, n_features=2**14, alternate_sign=False)
N_FEATURES = 2**18 + 2**18 + 2**14

#: a page's signpost, which announces what it will discuss ("In this article, we'll explore how dry needling can help
#: you find relief …"): never added, whatever the model says (of 87 in the labelled articles, writers listed one)
SIGNPOST = re.compile(r"(?:In this (?:article|post|guide|blog|piece|page|issue|newsletter)\b|(?:This|Today's) (?:article|post|"
                      r"guide|page|blog|issue)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or list item, or a cell of a table row: what the model judges."""

    block: Block
    start: int
    end: int
    text: str


def units_of(blocks: Sequence[Block], text: str) -> list[Unit]:
    """The units of the content blocks, in order, with their offsets into the article ``text``."""
    out: list[Unit] = []
    for block in blocks:
        raw = text[block.start : block.end]
        found: list[Unit] = []
        if block.kind == "table_row":
            at = 0
            for cell in block.cells:
                i = raw.find(cell, at) if cell.strip() else -1
                if i >= 0:
                    found.append(Unit(block, block.start + i, block.start + i + len(cell), cell))
                    at = i + len(cell)
        if not found:
            found = [Unit(block, s.start, s.end, s.text) for s in split_sentences(raw, block.start) if s.text.strip()]
        out += found
    return out


def _place(unit: Unit) -> str:
    """Tokens for where the unit stands and its shape: block kind, question, length, a digit, lead-in and heading words."""
    t = unit.text
    tokens = [f"K_{unit.block.kind}", f"Q_{int(t.rstrip().endswith('?'))}", f"LEN_{min(len(t.split()) // 4, 10)}",
              f"NUM_{int(bool(re.search(r'[0-9]', t)))}"]
    tokens += ["L_" + w for w in re.findall(r"[a-z]+", (unit.block.lead_in or "").lower())[-6:]]
    heading = unit.block.section[-1] if unit.block.section else ""
    tokens += ["S_" + w for w in re.findall(r"[a-z]+", heading.lower())[:8]]
    return " ".join(tokens)


def features(units: Sequence[Unit]) -> csr_matrix:
    """The hashed feature matrix of ``units`` (one row each)."""
    texts = [u.text for u in units]
    return hstack([_WORDS.transform(texts), _CHARS.transform(texts),
                   _PLACE.transform([_place(u) for u in units])]).tocsr()


@dataclass(frozen=True)
class Detector:
    """A trained model: weights over the hashed features, its intercept, and what it was trained on."""

    weights: np.ndarray
    intercept: float
    trained_on: dict[str, object]

    @property
    def version(self) -> str:
        """``detector-<digest>``: names the weights, so a ledger says which model judged it."""
        digest = hashlib.sha256(self.weights.tobytes() + np.float64(self.intercept).tobytes()).hexdigest()[:12]
        return f"detector-{digest}"

    def probabilities(self, units: Sequence[Unit]) -> np.ndarray:
        """The model's probability that each unit is a health claim."""
        if not units:
            return np.zeros(0)
        z = features(units) @ self.weights + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def save(self, path: Path = MODEL) -> None:
        np.savez_compressed(path, weights=self.weights.astype(np.float32), intercept=np.float64(self.intercept),
                            trained_on=np.array(json.dumps(self.trained_on, sort_keys=True)))

    @classmethod
    def read(cls, path: Path = MODEL) -> Detector:
        with np.load(path, allow_pickle=False) as data:
            weights = data["weights"].astype(np.float64)
            if weights.shape != (N_FEATURES,):
                raise ValueError(f"{path}: a detector of {weights.shape[0]} features, not {N_FEATURES}: retrain it "
                                 "with tests/claims/train_detector.py")
            return cls(weights, float(data["intercept"]), json.loads(str(data["trained_on"])))


@cache
def default_detector() -> Detector:
    """The model shipped with the package (read once)."""
    return Detector.read(MODEL)
