"""Leave-one-set-out estimate of the word model on wording it has not seen.

    python tools/loso_lexical.py [--max-fp 0.01] [--l2 3e-5] [--min-df 3] [--dropout 0.5]

For each written training set (``tests/data/self_harm/train/written_*.jsonl``), train the
``passive`` head on every other file the trainer reads and score that set. The random
folds of ``train_lexical.py`` put a writer's own wording on both sides; here each set's
writer is new to the model, as a new user's wording is. One threshold for all sets: the
lowest at which the model raises at most ``--max-fp`` of the ordinary-distress cases.
Prints recall at ``passive`` (rules alone, and rules plus the model) and false alarms,
in total and per set. Counts only; no text is printed. About a minute per run.

``--grading 0.02`` prints instead what that ``lexical_margin`` does to grading on held-out
sets: each head trained with a sixth of the written sets left out (six fits a head), the
model's level on the cases the rules leave open, with the margin added to every head or to
``passive`` only (under- and over-triage). About twenty minutes.

``--margins -0.1 -0.05 0`` adds a table of what the policy option ``lexical_margin`` buys:
the shipped model's ``passive`` threshold plus each margin, applied to the same held-out
probabilities (recall, must-not-flag flagged, ordinary distress raised).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json

import numpy as np
import numpy.typing as npt
from train_lexical import (
    DEFAULT_FILES,
    DROPOUT,
    L2,
    ROOT,
    Case,
    Vector,
    _labelled,
    _matrix,
    _vocab,
    fit,
    load_cases,
)

from safeguard._levels import RiskLevel


def held_out(cases: list[Case], y: Vector, sets: list[str], args: argparse.Namespace) -> Vector:
    """Each written set's probabilities from a model trained on every other file."""
    return held_out_both(cases, y, sets, args)[0]


def held_out_both(
    cases: list[Case], y: Vector, sets: list[str], args: argparse.Namespace
) -> tuple[Vector, Vector]:
    """``held_out``, and the same models' probabilities of the features outside the
    phrases that judged a ruled message (``Case.unruled``: what overruling reads)."""
    of = np.array([c.group.split("/")[0] for c in cases])
    probs, unruled = np.full(len(cases), np.nan), np.full(len(cases), np.nan)
    for name in sets:
        train = [c for c, s in zip(cases, of, strict=True) if s != name]
        vocab = _vocab(train, args.min_df)
        w, b = fit(_matrix(train, vocab), y[of != name], args.l2, dropout=args.dropout)
        test = [c for c, s in zip(cases, of, strict=True) if s == name]
        probs[of == name] = 1.0 / (1.0 + np.exp(-(_matrix(test, vocab).times(w) + b)))
        outside = [dataclasses.replace(c, found=c.unruled) for c in test]
        unruled[of == name] = 1.0 / (1.0 + np.exp(-(_matrix(outside, vocab).times(w) + b)))
    return probs, unruled


GRADED = (RiskLevel.PASSIVE, RiskLevel.IDEATION, RiskLevel.INTENT, RiskLevel.IMMINENT)


GRADING_FOLDS = 6  # groups of written sets (by a hash of the set's name): 4 heads x 6 fits


def _fold_of(name: str) -> int:
    return int(hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest(), 16) % GRADING_FOLDS


def held_out_heads(cases: list[Case], sets: list[str], args: argparse.Namespace) -> list[Vector]:
    """Each head's probability for every case of the written sets, from a model of that
    head trained on every file outside the case's group of sets (its cases labelled
    clearly above or below the head's level); ``nan`` for the other files' cases."""

    def folds(of: list[Case]) -> npt.NDArray[np.int64]:
        names = (c.group.split("/")[0] for c in of)
        return np.array([_fold_of(s) if s in sets else -1 for s in names], dtype=np.int64)

    fold = folds(cases)
    out = []
    for level in GRADED:
        kept, y = _labelled(cases, level)
        kept_fold = folds(kept)
        probs = np.full(len(cases), np.nan)
        for k in range(GRADING_FOLDS):
            train = [c for c, f in zip(kept, kept_fold, strict=True) if f != k]
            vocab = _vocab(train, args.min_df)
            w, b = fit(_matrix(train, vocab), y[kept_fold != k], args.l2, dropout=args.dropout)
            test = [c for c, f in zip(cases, fold, strict=True) if f == k]
            probs[fold == k] = 1.0 / (1.0 + np.exp(-(_matrix(test, vocab).times(w) + b)))
        out.append(probs)
    return out


def grading(cases: list[Case], sets: list[str], args: argparse.Namespace) -> None:
    """Print the model's grading of the held-out cases the rules leave open, with
    ``margin`` added to every head's threshold and to the ``passive`` head's only."""
    margin = args.grading
    thresholds = {h["level"]: float(h["threshold"]) for h in _shipped_heads()}
    probs = held_out_heads(cases, sets, args)
    scored = ~np.isnan(probs[0])
    opens = np.array([c.opens for c in cases])
    rules = np.array([int(c.rules) for c in cases])
    low, high = np.array([int(c.low) for c in cases]), np.array([int(c.high) for c in cases])
    for every in (True, False):
        level = rules.copy()
        climbing = scored & opens
        for i, head in enumerate(GRADED):
            needed = thresholds[head.name.lower()] + (margin if every or i == 0 else 0.0)
            climbing = climbing & (probs[i] >= min(0.999, needed))
            level = np.where(climbing, np.maximum(level, int(head)), level)
        passive = int(RiskLevel.PASSIVE)
        at_risk = scored & (low >= passive)
        graded = scored & (low > int(RiskLevel.NONE))
        capped = scored & (high < int(RiskLevel.IMMINENT))
        print(
            f"margin {margin:+.3f} on {'every head' if every else 'passive only'}: at risk read "
            f"within range {((level >= low) & (level <= high) & at_risk).sum()} of {at_risk.sum()}, "
            f"under-triage {((level < low) & graded).sum() / graded.sum():.4f}, "
            f"over-triage {((level > high) & capped).sum() / capped.sum():.4f} "
            f"(must-not-flag flagged {((level >= passive) & scored & (high < passive)).sum()})"
        )


def _shipped_heads() -> list[dict[str, float]]:
    model = json.loads((ROOT / "safeguard" / "data" / "self_harm" / "lexical.json").read_text("utf-8"))
    return [dict(h) for h in model["heads"]]


def _shipped_passive() -> dict[str, float]:
    return next(h for h in _shipped_heads() if h["level"] == "passive")


def shipped_threshold() -> float:
    """The shipped model's ``passive`` threshold, which ``lexical_margin`` shifts."""
    return float(_shipped_passive()["threshold"])


def shipped_overrule() -> float | None:
    """The shipped model's ``overrule`` probability (``None``: it never overrules)."""
    sure = _shipped_passive().get("overrule")
    return None if sure is None else float(sure)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--max-fp", type=float, default=0.01, help="on ordinary distress")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--dropout", type=float, default=DROPOUT)
    parser.add_argument("--grading", type=float, default=None, help="a lexical_margin to grade at")
    parser.add_argument("--margins", type=float, nargs="*", default=[], help="lexical_margin values")
    args = parser.parse_args()
    everything = load_cases(DEFAULT_FILES)  # the rules over every file: minutes, read once
    if args.grading is not None:
        names = {c.group.split("/")[0] for c in everything}
        grading(everything, sorted(s for s in names if s.startswith("written_")), args)
        return
    cases, y = _labelled(everything, RiskLevel.PASSIVE)
    of = np.array([c.group.split("/")[0] for c in cases])
    sets = sorted({s for s in of if s.startswith("written_")})
    probs, unruled = held_out_both(cases, y, sets, args)
    scored = ~np.isnan(probs)
    positive, negative = scored & (y == 1), scored & (y == 0)
    ordinary = negative & np.array([c.high == RiskLevel.DISTRESS for c in cases])
    opens = np.array([c.opens for c in cases])
    rules = np.array([c.rules >= RiskLevel.PASSIVE for c in cases])
    for t in [round(0.5 + 0.005 * i, 3) for i in range(100)]:
        lifted = scored & opens & (probs >= t)
        if (lifted & ordinary).sum() <= args.max_fp * ordinary.sum():
            break
    found = rules | lifted
    print(
        f"{len(sets)} sets, {positive.sum()} at risk, {negative.sum()} must-not-flag; threshold {t}: "
        f"recall rules alone {(rules & positive).sum() / positive.sum():.3f}, "
        f"with the model {(found & positive).sum() / positive.sum():.3f}; "
        f"must-not-flag flagged {(found & negative).sum() / negative.sum():.3f} "
        f"(rules alone {(rules & negative).sum() / negative.sum():.3f}), "
        f"ordinary distress raised {(lifted & ordinary).sum() / ordinary.sum():.3f}"
    )
    held = lifted  # the raise at the threshold picked here
    sure = shipped_overrule()
    ruled = scored & ~opens & ~rules  # the rules ruled on these and left them below passive
    for margin in args.margins:
        # as at run time: the margin moves both the threshold and the overrule probability
        at = shipped_threshold() + margin
        lifted = scored & opens & (probs >= at)
        raised = ruled & (unruled >= max(at, (sure if sure is not None else 1.0) + margin))
        found = rules | lifted | raised
        print(
            f"lexical_margin {margin:+.2f} (threshold {at:.3f}): "
            f"recall {(found & positive).sum() / positive.sum():.3f}, "
            f"must-not-flag flagged {(found & negative).sum() / negative.sum():.3f}, "
            f"ordinary distress raised {((lifted | raised) & ordinary).sum() / ordinary.sum():.3f} "
            f"(overruling: {(raised & positive).sum()} at risk, {(raised & negative).sum()} must-not-flag)"
        )
    if sure is not None:
        raised = ruled & (unruled >= sure)
        found = rules | held | raised
        print(
            f"overruling a ruling at the shipped overrule {sure}: at risk {(raised & positive).sum()} "
            f"of {(ruled & positive).sum()} ruled on, must-not-flag {(raised & negative).sum()} of "
            f"{(ruled & negative).sum()}; with it, at threshold {t}: recall "
            f"{(found & positive).sum() / positive.sum():.3f}, must-not-flag flagged "
            f"{(found & negative).sum() / negative.sum():.3f}"
        )
    found = rules | (scored & opens & (probs >= t))
    for name in sets:
        mine = positive & (of == name)
        if mine.sum():
            before, after = (rules & mine).sum() / mine.sum(), (found & mine).sum() / mine.sum()
            print(f"  {name}: recall {before:.2f} -> {after:.2f}")


if __name__ == "__main__":
    main()
