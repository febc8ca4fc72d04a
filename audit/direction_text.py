"""Sentences, clauses, conclusion sentences and target stems for the direction engine."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .model import AbstractSection

__all__ = ["split_sentences", "split_clauses", "conclusion_sentences", "target_stems", "overlap"]


_ABBREV = re.compile(r"\b(?:e\.g|i\.e|et al|vs|cf|approx|fig|figs|no|nos|ref|refs|resp|incl|min|max|dr|mr|ms|st)\.$",
                     re.I)
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` (abbreviations such as "et al." and "vs." do not end a sentence)."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if not text:
        return []
    out: list[str] = []
    start = 0
    for m in _SENT_END.finditer(text):
        piece = text[start : m.start()].strip()
        if _ABBREV.search(piece):
            continue
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_CLAUSE_SPLIT = re.compile(
    r"\s*;\s*|,?\s+\b(?:but|whereas|however|although|though|while|yet|except)\b,?\s+|,\s*(?:and\s+)?(?=in contrast\b)"
    r"|,\s+(?=(?:with\s+|and\s+)?(?:no|none|not|nor)\b)",
    re.I,
)


# A sentence opening with a concessive clause ("Although A, B") has its main clause after the comma.
_CONCESSIVE_OPENING = re.compile(r"^\s*(?:although|though|while|whereas|even though|even if)\b[^,;]{3,}?,\s*(?=\S)", re.I)


def split_clauses(sentence: str) -> list[str]:
    """Clauses of a sentence, split at semicolons, contrastive conjunctions and after an opening
    concessive clause ("Although A, B")."""
    opening = _CONCESSIVE_OPENING.match(sentence)
    head = [opening.group(0)] if opening else []
    rest = sentence[opening.end():] if opening else sentence
    parts = [p.strip(" ,") for chunk in head + [rest] for p in _CLAUSE_SPLIT.split(chunk)]
    return [p for p in parts if p]


_CONCLUSION_LABEL = re.compile(r"conclu|interpretation|implication|summary|take.?home|significance|discussion|"
                               r"author.?s'? conclusions|what this", re.I)
_RESULT_LABEL = re.compile(r"result|finding|outcome", re.I)


def conclusion_sentences(sections: Sequence[AbstractSection] | str, closing: int = 2) -> list[str]:
    """The sentences a conclusion is read from.

    Structured abstracts: the CONCLUSION(S) section(s) (by label or NLM category). Otherwise the
    last ``closing`` sentences, or every sentence of a text of at most ``closing + 1`` sentences
    (a one-line digest is read whole).
    """
    if isinstance(sections, str):
        sentences = split_sentences(sections)
    else:
        chosen = [s for s in sections if _CONCLUSION_LABEL.search(f"{s.label or ''} {s.nlm_category or ''}")]
        if chosen:
            return [x for s in chosen for x in split_sentences(s.text)]
        sentences = [x for s in sections for x in split_sentences(s.text)]
    if len(sentences) <= closing + 1:
        return sentences
    return sentences[-closing:]


# -- targets ------------------------------------------------------------------------------------

_STOP = frozenset(
    "a an the of in on for to and or with without by at from as is are was were be been being than that this these "
    "those its their his her it they we our after before during between among versus vs group groups patients "
    "patient subjects participants treated treatment therapy use using used effect effects level levels "
    "total mean score scores rate rates number change changes".split()
)


_BRITISH = re.compile(r"(?<=[a-z])(?:ae|oe)(?=[a-z])|(?<=[a-z]{3})our$|(?<=[a-z]{3})is(?=e|ed|es|ing|ation)")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem: British spellings folded ("anaesthesia", "oedema", "tumour", "randomised"), cut at six letters."""
    if len(word) > 3:
        word = _BRITISH.sub(lambda m: "e" if m.group(0) in ("ae", "oe") else ("or" if m.group(0) == "our" else "iz"), word)
    return word[:6] if len(word) > 6 else word


def _frozen(target: str | Sequence[str] | None) -> str | tuple[str, ...] | None:
    """A hashable form of a target (a name, or a tuple of synonyms) for the memoised readers."""
    if target is None or isinstance(target, str):
        return target
    return tuple(target)


def target_stems(target: str | Sequence[str] | None) -> list[frozenset[str]]:
    """Content-word stems of each form of a target (a name or several synonyms)."""
    if not target:
        return []
    return list(_target_stems(_frozen(target)))


@lru_cache(maxsize=4096)
def _target_stems(target: str | tuple[str, ...]) -> tuple[frozenset[str], ...]:
    forms = [target] if isinstance(target, str) else list(target)
    out = []
    for form in forms:
        words = [w for w in re.findall(r"[a-z0-9]+", form.lower()) if w not in _STOP]
        if words:
            out.append(frozenset(_stem(w) for w in words))
    return tuple(out)


def overlap(text_stems: set[str], forms: list[frozenset[str]]) -> float:
    """Best fraction of any form's stems present in ``text_stems`` (0 when no form)."""
    best = 0.0
    for form in forms:
        if form:
            best = max(best, len(form & text_stems) / len(form))
    return best


def _stems_of(text: str) -> set[str]:
    return set(_stems_frozen(text))


@lru_cache(maxsize=16384)
def _stems_frozen(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower()))
