"""PubMedQA (PQA-L, reasoning-free): answer yes / no / maybe with the direction engine of audit.direction.

Usage: python benchmarks/pubmedqa.py [--data FILE] [--limit N] [--split all|dev|holdout] [--errors N]

Each question is answered from its conclusion (LONG_ANSWER), read by ``judge_direction`` with the
question as the target (clauses about what the question asks weigh more), falling back to the
closing sentences of the contexts when the conclusion decides nothing. The engine's direction is
mapped to an answer by the question's own polarity: a conclusion that affirms an effect or
association answers "yes", one that denies it (no difference, not associated, no better) "no",
and a hedged, mixed or inconclusive one "maybe"; a question that itself asks about sameness ("is X
as effective as Y?", "are they similar?") turns a no-difference conclusion into "yes", and a
reported difference into "no" unless a sameness finding mixes in. The opening sentence of the
conclusion weighs double (it usually states the answer). A conclusion that qualifies its own answer
(lexicon ``qualifier``: "partially", "but not …", "in selected patients", "only in the X subgroup",
"may be appropriate", "about half", "do not support the hypothesis", "disagreement") answers
"maybe", except that a question asking whether something holds always or routinely is then
answered "no". A question asking whether something is necessary is answered "yes" by an opening
sentence that states the need.
The last line printed is ``accuracy=0.xxx macro_f1=0.xxx``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

# Run from a checkout, the script reads that checkout's engine (not another installed copy).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit.direction import Direction, judge_direction, load_lexicon, read_clause, split_sentences  # noqa: E402
from audit.model import AbstractSection  # noqa: E402

__all__ = ["answer", "evaluate", "main", "in_split"]

LABELS = ("yes", "no", "maybe")
DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "benchmarks" / "pubmedqa" / "pqal_dev.json"

_SAMENESS = re.compile(
    r"\b(?:similar|same|equivalent|equal(?:ly)?|comparable|as (?:\w+ ){1,2}as|non-?inferior|interchangeable|"
    r"no different|identical|replace|substitute|alternative to|reflect|concordan\w*|generali[sz]e)\b",
    re.I,
)
# A question is a loose target (its words are not all about the finding): focus on it less hard.
_OFF_TARGET = 0.5
# A conclusion answering its title question states the answer first: its opening sentence counts double.
_OPENING = 2.0
_DIFFERENCE = re.compile(r"effect:[^,']*(?:differ|higher|lower|more|less|greater|variab|discrepan|increas|decreas|er than)")
# A finding of sameness ("similar", "no difference", "equally") next to a difference makes it mixed.
_SAME_FINDING = re.compile(r"null:(?:similar|comparable|equivalent|equal|the same|as |no \w*\s*differ|not differ|"
                           r"did not differ|do not differ|does not differ|no significant|not significant|unchanged)")
_UNIVERSAL = re.compile(r"\b(?:always|routine(?:ly)?|every|all (?:patients|cases|children|women|men|adults))\b", re.I)
_NOT_SAME = re.compile(
    r"\b(?:not|cannot|can't|no|never|neither|nor)\s+(?:\w+\s+){0,2}(?:be\s+)?(?:(?:a|an|the)\s+)?(?:similar|same|"
    r"equivalent|equal(?:ly)?|comparable|non-?inferior|interchangeable|identical|replace\w*|substitut\w*|alternative)\b",
    re.I,
)
_USELESS = re.compile(r"\b(?:a waste of|futile|useless|superfluous|obsolete|overrated|dispensable|pointless|worthless)\b",
                      re.I)
_NEGATED_QUESTION = re.compile(r"^\s*(?:is|are|do|does|did|was|were|can|could|should|has|have)(?:n't| not)\b", re.I)


def in_split(key: str, split: str) -> bool:
    """Hash-based halves of the data: 'dev' and 'holdout' (stable across runs), or 'all'."""
    if split == "all":
        return True
    bucket = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2
    return bucket == (0 if split == "dev" else 1)


def to_answer(direction: Direction, question: str, conclusion_text: str = "") -> str:
    """Map a direction to yes / no / maybe given the question's polarity."""
    if direction.label == "no_difference":
        answer = _null_answer(direction, question, conclusion_text)
    elif direction.label in ("benefit", "harm"):
        answer = _effect_answer(direction, question, conclusion_text)
    elif direction.score > 0:
        answer = "maybe"
    else:
        answer = "yes"  # a plain assertion with no cue at all affirms what the title asks
    answer = _question_form(answer, question, split_sentences(conclusion_text))
    # A conclusion that qualifies its own answer ("partially", "in selected patients", "depends on")
    # answers "maybe" (hedges that merely soften an affirmative finding, "may", "suggest", do not) …
    if direction.qualified and answer != "maybe":
        answer = "maybe"
    # … but a question asking whether something holds always or for all ("always necessary?",
    # "routinely?") is answered "no" by a conclusion restricted to some cases.
    if direction.qualified and _UNIVERSAL.search(question):
        answer = "no"
    return answer


def _null_answer(direction: Direction, question: str, conclusion_text: str) -> str:
    """The answer of a no-difference conclusion: "no", unless the question asks about sameness,
    uselessness or (without naming it) a harm the conclusion says is absent."""
    asked = read_clause(question)
    # "Can X replace Y?" answered "X cannot replace Y" denies the sameness itself.
    answer = "yes" if _SAMENESS.search(question) and not _NOT_SAME.search(conclusion_text) else "no"
    # "… without complications", "no adverse events": an absent harm is a favourable finding,
    # a yes unless the question itself names the harm ("does it reduce complications?").
    if _absent_harm_only(direction.cues) and asked.harm <= asked.benefit and not _names_bad_outcome(question):
        answer = "yes"
    # "Is X a waste of time?", "… obsolete?": the question asks about the absence of value.
    if _USELESS.search(question):
        answer = "yes"
    return answer


def _effect_answer(direction: Direction, question: str, conclusion_text: str) -> str:
    """The answer of a conclusion reporting a benefit, harm or effect: "yes", unless the question
    asks about sameness or about the opposite valence."""
    asked = read_clause(question)
    cues = " ".join(direction.cues)
    # "Are they the same?" — a conclusion reporting a difference (anywhere in it) answers no.
    all_cues = " ".join(c for s in split_sentences(conclusion_text) for c in read_clause(s).cues)
    sameness = bool(_SAMENESS.search(question))
    answer = "no" if sameness and _DIFFERENCE.search(all_cues) and not _SAME_FINDING.search(all_cues) else "yes"
    # The question asks about something bad ("a contraindication?", "a waste of time?") and the
    # conclusion credits a good outcome, or the reverse ("is it safe?" / complications).
    if asked.harm > asked.benefit and "benefit:" in cues and "harm:" not in cues:
        answer = "no"
    elif asked.benefit > asked.harm and direction.label == "harm" and "benefit:" not in cues:
        answer = "no"
    return answer


def _question_form(answer: str, question: str, sentences: list[str]) -> str:
    """Adjust an answer to the question's form: a challenge ("do we really need …?"), a question
    about necessity, a negated question ("isn't it …?")."""
    lex = load_lexicon()
    low_q = lex.normalise(question)
    # A question that challenges a practice ("do we really need …?", "is X always necessary?") is
    # answered "no" unless the conclusion affirms the need without negating it.
    if any(True for _ in lex.find("question_challenge", low_q)) and answer == "yes":
        if not any(_affirms_need(s) for s in sentences):
            answer = "no"
    # "Is X necessary?" answered by an opening that states the need ("X is necessary …") is a yes.
    if answer == "no" and sentences and any(True for _ in lex.find("necessity", low_q)) and _affirms_need(sentences[0]):
        answer = "yes"
    if _NEGATED_QUESTION.search(question) and answer != "maybe":
        answer = "no" if answer == "yes" else "yes"
    return answer


def _absent_harm_only(cues: tuple[str, ...]) -> bool:
    """Whether every null cue of a reading is a negated harm ("null:not complications (harm)", "no … risk")."""
    nulls = [c for c in cues if c.startswith("null:")]
    return bool(nulls) and all(c.endswith(" (harm)") for c in nulls)


def _names_bad_outcome(text: str) -> bool:
    """Whether a text names a bad outcome ("risk", "complications", "mortality")."""
    lex = load_lexicon()
    return bool(lex._bad.search(lex.normalise(text)))


def _affirms_need(sentence: str) -> bool:
    """Whether a sentence states a need ("is necessary", "must be") with no negator just before it."""
    lex = load_lexicon()
    low = lex.normalise(sentence)
    return any(not lex.negators.search(low[max(0, m.start() - 30) : m.start()]) for m, _w in lex.find("necessity", low))


def answer(item: dict) -> tuple[str, Direction]:
    """The answer to one PubMedQA item and the direction it came from."""
    question = item["QUESTION"]
    conclusion = [AbstractSection(text=item.get("LONG_ANSWER", ""), label="CONCLUSIONS")]
    direction = judge_direction(conclusion, outcome=question, off_target=_OFF_TARGET, opening=_OPENING)
    if direction.score == 0:
        sections = [AbstractSection(text=t, label=lab) for t, lab in zip(item["CONTEXTS"], item["LABELS"], strict=False)]
        fallback = judge_direction([s for s in sections if re.search(r"result|finding", s.label or "", re.I)]
                                   or sections, outcome=question, off_target=_OFF_TARGET, opening=_OPENING)
        if fallback.score > 0:
            # The conclusion's own qualifiers ("partially", "depends on") still hold over the fallback.
            direction = replace(fallback, qualified=fallback.qualified or direction.qualified)
    return to_answer(direction, question, item.get("LONG_ANSWER", "")), direction


def evaluate(gold: list[str], pred: list[str], labels: tuple[str, ...] = LABELS) -> dict:
    """Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix."""
    confusion = Counter(zip(gold, pred, strict=True))
    per_class = {}
    for lab in labels:
        tp = confusion[(lab, lab)]
        fp = sum(confusion[(g, lab)] for g in labels if g != lab)
        fn = sum(confusion[(lab, p)] for p in labels if p != lab)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_class[lab] = (p, r, f, tp + fn)
    accuracy = sum(confusion[(lab, lab)] for lab in labels) / max(1, len(gold))
    macro = sum(v[2] for v in per_class.values()) / len(labels)
    return {"accuracy": accuracy, "macro_f1": macro, "per_class": per_class, "confusion": confusion}


def report(metrics: dict, labels: tuple[str, ...] = LABELS, out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    print(f"{'class':<28}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}", file=out)
    for lab in labels:
        p, r, f, n = metrics["per_class"][lab]
        print(f"{lab:<28}{p:7.3f}{r:7.3f}{f:7.3f}{n:6d}", file=out)
    print("confusion (rows gold, columns predicted): " + " ".join(labels), file=out)
    for g in labels:
        print(f"  {g:<26}" + " ".join(f"{metrics['confusion'][(g, p)]:5d}" for p in labels), file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--split", choices=("all", "dev", "holdout"), default="all")
    parser.add_argument("--errors", type=int, default=0, help="print this many misclassified items")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"Error: no PubMedQA file at {args.data}; pass --data FILE (pqal_dev.json)", file=sys.stderr)
        return 2
    data = json.loads(args.data.read_text("utf-8"))
    items = [(k, v) for k, v in data.items() if in_split(k, args.split)]
    if args.limit:
        items = items[: args.limit]
    t0 = time.perf_counter()
    gold, pred, wrong = [], [], []
    for key, item in items:
        got, direction = answer(item)
        gold.append(item["final_decision"])
        pred.append(got)
        if got != item["final_decision"]:
            wrong.append((key, item, got, direction))
    elapsed = time.perf_counter() - t0
    for key, item, got, d in wrong[: args.errors]:
        print(f"--- {key} gold={item['final_decision']} pred={got} ({d.label}, {d.score}, mixed={d.mixed}, "
              f"hedged={d.hedged})\nQ: {item['QUESTION']}\nA: {item['LONG_ANSWER']}\nsentence: {d.sentence}\n"
              f"cues: {d.cues}")
    metrics = evaluate(gold, pred)
    print(f"{len(gold)} questions ({args.split}) in {elapsed:.2f} s")
    report(metrics)
    print(f"accuracy={metrics['accuracy']:.3f} macro_f1={metrics['macro_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
