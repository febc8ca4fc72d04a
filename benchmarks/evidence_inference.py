"""Evidence Inference v2: did the intervention significantly increase, decrease or not change the outcome?

Usage: python benchmarks/evidence_inference.py [--data DIR] [--limit N] [--split all|dev|holdout] [--errors N]

Gold: the majority label per PromptID in ``v2_annotations_dev.csv`` ("significantly increase" is
read as "significantly increased"; a tie goes to the labels the verifier accepted, then to the
first given). Each prompt (intervention, comparator, outcome) is answered from its article's
``abstracts/PMC<id>.abst`` with ``audit.direction.judge_change``, the effect reader of the same
engine the grading uses. ``--split`` takes a stable hash-based half of the PromptIDs so figures can
be compared on two halves. The last line printed is ``accuracy=0.xxx macro_f1=0.xxx``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

# Run from a checkout, the script reads that checkout's engine (not another installed copy).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit.direction import Change, judge_change  # noqa: E402
from audit.model import AbstractSection  # noqa: E402

__all__ = ["gold_labels", "read_abstract", "classify", "main"]

LABELS = ("significantly increased", "significantly decreased", "no significant difference")
_FROM_ENGINE = {"increased": LABELS[0], "decreased": LABELS[1], "no_difference": LABELS[2]}
DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "benchmarks" / "evidence_inference"


def in_split(key: str, split: str) -> bool:
    """Hash-based halves of the PromptIDs: 'dev' and 'holdout' (stable across runs), or 'all'."""
    if split == "all":
        return True
    bucket = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2
    return bucket == (0 if split == "dev" else 1)


def _normalise_label(label: str) -> str | None:
    label = label.strip().lower()
    if label.startswith("significantly increase"):
        return LABELS[0]
    if label.startswith("significantly decrease"):
        return LABELS[1]
    if label.startswith("no significant"):
        return LABELS[2]
    return None


def gold_labels(path: Path) -> dict[str, str]:
    """Majority label per PromptID (ties: verifier-accepted labels first, then the first given)."""
    votes: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = _normalise_label(row["Label"])
            if label:
                votes[row["PromptID"]].append((label, row.get("Valid Label", "").strip().lower() == "true"))
    gold = {}
    for pid, vs in votes.items():
        counts = Counter(lab for lab, _ in vs)
        top = max(counts.values())
        tied = [lab for lab, _ in vs if counts[lab] == top]
        valid = [lab for lab, ok in vs if ok and lab in tied]
        gold[pid] = (valid or tied)[0]
    return gold


def read_abstract(path: Path) -> list[AbstractSection]:
    """Sections of an ``.abst`` file: ``TITLE:``, ``ABSTRACT.<LABEL>:`` and ``BODY.<LABEL>:`` headers."""
    sections: list[AbstractSection] = []
    label: str | None = None
    lines: list[str] = []
    header = re.compile(r"^(TITLE|ABSTRACT|BODY)(?:\.([^\n:]*))?:+\s*$")

    def flush() -> None:
        text = " ".join(x.strip() for x in lines if x.strip())
        if text:
            sections.append(AbstractSection(text=text, label=label))

    for line in path.read_text("utf-8", errors="replace").splitlines():
        m = header.match(line.strip())
        if m:
            flush()
            lines = []
            label = m.group(1) if not m.group(2) else f"{m.group(1)} {m.group(2)}"
            continue
        lines.append(line)
    flush()
    return sections


def classify(prompt: dict[str, str], sections: list[AbstractSection]) -> tuple[str, Change]:
    change = judge_change(sections, intervention=prompt["Intervention"], comparator=prompt["Comparator"],
                          outcome=prompt["Outcome"])
    return _FROM_ENGINE[change.label], change


def _metrics(gold: list[str], pred: list[str]) -> dict:
    confusion = Counter(zip(gold, pred, strict=True))
    per_class = {}
    for lab in LABELS:
        tp = confusion[(lab, lab)]
        fp = sum(confusion[(g, lab)] for g in LABELS if g != lab)
        fn = sum(confusion[(lab, p)] for p in LABELS if p != lab)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        per_class[lab] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, tp + fn)
    accuracy = sum(confusion[(lab, lab)] for lab in LABELS) / max(1, len(gold))
    return {"accuracy": accuracy, "macro_f1": sum(v[2] for v in per_class.values()) / len(LABELS),
            "per_class": per_class, "confusion": confusion}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--split", choices=("all", "dev", "holdout"), default="all")
    parser.add_argument("--errors", type=int, default=0, help="print this many misclassified prompts")
    args = parser.parse_args(argv)
    ann = args.data / "v2_annotations_dev.csv"
    prompts_file = args.data / "prompts_dev.csv"
    if not ann.exists() or not prompts_file.exists():
        print(f"Error: no Evidence Inference data in {args.data}; pass --data DIR (with prompts_dev.csv, "
              "v2_annotations_dev.csv and abstracts/)", file=sys.stderr)
        return 2
    gold = gold_labels(ann)
    with open(prompts_file, newline="", encoding="utf-8") as fh:
        prompts = {row["PromptID"]: row for row in csv.DictReader(fh)}
    ids = [pid for pid in sorted(gold, key=int) if pid in prompts and in_split(pid, args.split)]
    t0 = time.perf_counter()
    cache: dict[str, list[AbstractSection]] = {}
    golds, preds, wrong, missing = [], [], [], 0
    for pid in ids:
        prompt = prompts[pid]
        path = args.data / "abstracts" / f"PMC{prompt['PMCID']}.abst"
        if not path.exists():
            missing += 1
            continue
        if args.limit and len(golds) >= args.limit:
            break
        sections = cache.setdefault(path.name, read_abstract(path))
        label, change = classify(prompt, sections)
        golds.append(gold[pid])
        preds.append(label)
        if label != gold[pid]:
            wrong.append((pid, prompt, gold[pid], label, change))
    elapsed = time.perf_counter() - t0
    for pid, prompt, g, p, ch in wrong[: args.errors]:
        print(f"--- {pid} gold={g} pred={p} ({ch.reason}; sig={ch.significant})\n I: {prompt['Intervention']}\n"
              f" C: {prompt['Comparator']}\n O: {prompt['Outcome']}\n S: {ch.sentence}")
    m = _metrics(golds, preds)
    print(f"{len(golds)} prompts ({args.split}; {missing} without an abstract file) in {elapsed:.2f} s")
    print(f"{'class':<28}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for lab in LABELS:
        p, r, f, n = m["per_class"][lab]
        print(f"{lab:<28}{p:7.3f}{r:7.3f}{f:7.3f}{n:6d}")
    print("confusion (rows gold, columns predicted): increased decreased no-difference")
    for g in LABELS:
        print(f"  {g:<26}" + " ".join(f"{m['confusion'][(g, p)]:5d}" for p in LABELS))
    print(f"accuracy={m['accuracy']:.3f} macro_f1={m['macro_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
