"""Counting building blocks shared by every scorer: ratios, confusion counts, percentiles.

Every metric keeps its raw counts, so a rate can always be checked by hand and a rate
with an empty denominator is ``None`` ("not measurable here"), never 0.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def safe_div(num: float, den: float) -> float | None:
    """``num / den``, or ``None`` when there is nothing to divide by."""
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Ratio:
    """``count`` out of ``n`` (an accuracy, a miss rate, a recall)."""

    count: int = 0
    n: int = 0

    @property
    def rate(self) -> float | None:
        """``count / n``, ``None`` when ``n`` is 0."""
        return safe_div(self.count, self.n)

    def to_dict(self) -> dict[str, object]:
        """``{"count", "n", "rate"}`` for JSON."""
        return {"count": self.count, "n": self.n, "rate": _round(self.rate)}


def ratio(hits: Sequence[bool]) -> Ratio:
    """How many of ``hits`` are true."""
    return Ratio(sum(hits), len(hits))


@dataclass(frozen=True, slots=True)
class Confusion:
    """True/false positives and negatives of a yes/no decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        """Of what was flagged, the share that should have been."""
        return safe_div(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Of what should have been flagged, the share that was."""
        return safe_div(self.tp, self.tp + self.fn)

    def f_beta(self, beta: float) -> float | None:
        """F-beta; beta > 1 weighs recall more (F2 for PII: a leak costs more than a false mask)."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        b2 = beta * beta
        return safe_div((1 + b2) * p * r, b2 * p + r) or 0.0

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall."""
        return self.f_beta(1.0)

    def to_dict(self) -> dict[str, object]:
        """Counts plus precision, recall and F1 for JSON."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


def confusion(pairs: Sequence[tuple[bool, bool]]) -> Confusion:
    """Confusion counts from ``(gold, predicted)`` pairs."""
    return Confusion(
        tp=sum(g and p for g, p in pairs),
        fp=sum(p and not g for g, p in pairs),
        fn=sum(g and not p for g, p in pairs),
        tn=sum(not g and not p for g, p in pairs),
    )


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (``q`` in 0..100): a value that was really observed."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
