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

import bisect
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .boilerplate import is_call_to_action
from .errors import ClaimsError
from .markdown import clean
from .sentences import split_sentences
from .structure import Block

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = ["ADD_AT", "DROP_BELOW", "MODEL", "SIGNPOST", "DetectorError", "Detector", "Unit", "decide", "read_model_file",
           "units_of"]

T = TypeVar("T")

MODEL = Path(__file__).parent / "data" / "detector.npz"
#: a unit no rule claim covers is added at this probability or above
ADD_AT = 0.5
#: … unless the rules read it as a call to action: then at this probability or above. Of the 19 such units of the
#: labelled pages that score 0.5 or more, 17 are labelled claims ("Give it time: it can take two to three months before
#: you notice fewer attacks"), all but one at 0.6 or more; the two that are not score 0.55 ("If you're suffering from a
#: chronic condition …, consider giving dry needling a try.", "… please talk to your GP.")
CALL_TO_ACTION_ADD_AT = 0.6
#: a rule claim is dropped when every unit it covers scores below this
DROP_BELOW = 0.25

#: the hashed feature sets (scikit-learn's HashingVectorizer settings), in the order of the weights; they are part of
#: the model's name, with the thresholds
FEATURES = (("words", {"ngram_range": (1, 2), "n_features": 2**18}),
            ("chars", {"analyzer": "char_wb", "ngram_range": (3, 5), "n_features": 2**18}),
            ("place", {"token_pattern": r"\S+", "lowercase": False, "n_features": 2**14}))
N_FEATURES = sum(int(settings["n_features"]) for _, settings in FEATURES)  # type: ignore[call-overload]
#: units scored at a time (a 2 MB article has some 25,000: one matrix for all of them costs memory, not speed)
BATCH = 4096


class DetectorError(ClaimsError):
    """The detector's model file is missing or unreadable."""

#: a page's signpost, which announces what it will discuss ("In this article, we'll explore how dry needling can help
#: you find relief …"): never added, whatever the model says (of the 176 units of the labelled pages that open this way,
#: writers listed one); not "This post-operative programme eases knee pain" or "This issue often settles …"
SIGNPOST = re.compile(r"(?:(?:Here,? )?In (?:this|today['’]s) (?:article|post|guide|blog|piece|page|issue|newsletter)"
                      r"|(?:This|Today['’]s) (?:article|post|guide|page|blog))(?![-'’\w])", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or list item, or a cell of a table row: what the model judges."""

    block: Block
    start: int
    end: int
    text: str


def units_of(blocks: Sequence[Block], text: str) -> list[Unit]:
    """The units of the content blocks, in order, with their offsets into the article ``text``: a table row's cells
    when every cell is found as written (not "Eases morning sickness" of "| Eases *morning sickness* |": then the row is
    judged by its sentences, so no cell goes unjudged)."""
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
                elif cell.strip():
                    found = []
                    break
        if not found:
            found = [Unit(block, s.start, s.end, s.text) for s in split_sentences(raw, block.start) if s.text.strip()]
        out += found
    return out


def decide(claims: Sequence[tuple[int, int]], units: Sequence[Unit], probabilities: Sequence[float],
           held: Sequence[tuple[int, int]] = ()) -> tuple[list[int], list[Unit]]:
    """The second opinion over the rule claims at the spans ``claims`` (sorted by start): which of them stay (their
    indices: a claim stays unless every unit it covers scores below ``DROP_BELOW``) and which units are added (no claim
    covers them, they score ``ADD_AT`` or more, and they are no signpost). A claim covers a unit when at least half of
    the shorter of the two overlaps. ``held``: spans the rules have read into claims of their own without a claim
    there (a red-flag list's lead-in, which opens each sign's claim): no unit at least half inside one is added."""
    starts = [start for start, _ in claims]
    longest = max((end - start for start, end in claims), default=0)
    best = [-1.0] * len(claims)  # the highest probability among the units each claim covers
    added: list[Unit] = []
    for unit, p in zip(units, probabilities, strict=True):
        covered = False
        for k in range(bisect.bisect_left(starts, unit.start - longest), bisect.bisect_left(starts, unit.end)):
            start, end = claims[k]
            overlap = min(end, unit.end) - max(start, unit.start)
            if overlap > 0 and overlap >= 0.5 * min(end - start, unit.end - unit.start):
                covered = True
                best[k] = max(best[k], p)
        if covered or p < ADD_AT:
            continue
        words = clean(unit.text)
        if not SIGNPOST.match(words) and (p >= CALL_TO_ACTION_ADD_AT or not is_call_to_action(words)) and not any(
                2 * (min(end, unit.end) - max(start, unit.start)) >= unit.end - unit.start for start, end in held):
            added.append(unit)
    return [k for k, p in enumerate(best) if p < 0 or p >= DROP_BELOW], added


def _place(unit: Unit) -> str:
    """Tokens for where the unit stands and its shape: block kind, question, length, a digit, lead-in and heading words."""
    t = unit.text
    tokens = [f"K_{unit.block.kind}", f"Q_{int(t.rstrip().endswith('?'))}", f"LEN_{min(len(t.split()) // 4, 10)}",
              f"NUM_{int(bool(re.search(r'[0-9]', t)))}"]
    tokens += ["L_" + w for w in re.findall(r"[a-z]+", (unit.block.lead_in or "").lower())[-6:]]
    heading = unit.block.section[-1] if unit.block.section else ""
    tokens += ["S_" + w for w in re.findall(r"[a-z]+", heading.lower())[:8]]
    return " ".join(tokens)


@cache
def _vectorizers() -> tuple[Any, ...]:
    """The three HashingVectorizers (scikit-learn is imported on first use: the rules alone never need it)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return tuple(HashingVectorizer(alternate_sign=False, **settings) for _, settings in FEATURES)


def features(units: Sequence[Unit]) -> csr_matrix:
    """The hashed feature matrix of ``units`` (one row each)."""
    from scipy.sparse import hstack

    words, chars, place = _vectorizers()
    texts = [u.text for u in units]
    return hstack([words.transform(texts), chars.transform(texts), place.transform([_place(u) for u in units])]).tocsr()


@dataclass(frozen=True)
class Detector:
    """A trained model: weights over the hashed features, its intercept, and what it was trained on."""

    weights: np.ndarray
    intercept: float
    trained_on: dict[str, object]

    @cached_property
    def version(self) -> str:
        """``detector-<digest>``: names the weights (little-endian), the intercept, the feature settings and the
        thresholds, so a ledger says which model judged it and how."""
        import numpy as np

        settings = json.dumps([FEATURES, ADD_AT, DROP_BELOW]).encode()
        if CALL_TO_ACTION_ADD_AT != ADD_AT:  # (named since the threshold came in: older names stay as they were)
            settings += json.dumps(CALL_TO_ACTION_ADD_AT).encode()
        digest = hashlib.sha256(self.weights.astype("<f8").tobytes() + np.array(self.intercept, "<f8").tobytes()
                                + settings).hexdigest()[:12]
        return f"detector-{digest}"

    def probabilities(self, units: Sequence[Unit]) -> np.ndarray:
        """The model's probability that each unit is a health claim (scored ``BATCH`` units at a time)."""
        import numpy as np
        from scipy.special import expit

        if not units:
            return np.zeros(0)
        return np.concatenate([expit(features(units[i : i + BATCH]) @ self.weights + self.intercept)
                               for i in range(0, len(units), BATCH)])

    def save(self, path: Path = MODEL) -> None:
        import numpy as np

        np.savez_compressed(path, weights=self.weights.astype(np.float32), intercept=np.float64(self.intercept),
                            trained_on=np.array(json.dumps(self.trained_on, sort_keys=True)))

    @classmethod
    def read(cls, path: Path = MODEL) -> Detector:
        """The model at ``path``; a missing, unreadable or wrong-sized file is a :class:`DetectorError`."""
        import numpy as np

        hint = "retrain it (tests/claims/train_detector.py in the source) or extract with --detector rules"
        weights, intercept, trained_on = read_model_file(
            path, lambda data: (data["weights"].astype(np.float64), float(data["intercept"]),
                                json.loads(str(data["trained_on"]))),
            missing="the detector's model file", unreadable="detector model", hint=hint)
        if weights.shape != (N_FEATURES,):
            raise DetectorError(f"{path}: a detector of {weights.shape[0]} features, not {N_FEATURES}; {hint}")
        return cls(weights, intercept, trained_on)


def read_model_file(path: Path, take: Callable[[Any], T], *, missing: str, unreadable: str, hint: str) -> T:
    """What ``take`` reads from the .npz model file at ``path``; a missing or unreadable file (not a zip, truncated, a
    bare .npy array, a key or value ``take`` cannot read) is a one-line :class:`DetectorError`."""
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as data:
            return take(data)
    except FileNotFoundError:
        raise DetectorError(f"{path}: {missing} is missing; {hint}") from None
    except (OSError, ValueError, KeyError, EOFError, TypeError, zipfile.BadZipFile) as exc:
        # (TypeError: a bare .npy array under the model's name, or a 0-d array where a list was expected)
        raise DetectorError(f"{path}: not a readable {unreadable} ({type(exc).__name__}); {hint}") from None


@cache
def default_detector() -> Detector:
    """The model shipped with the package (read once)."""
    return Detector.read(MODEL)
