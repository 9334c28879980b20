"""PII scoring (FORMAT.md): span-level precision, recall and F2 per entity type.

A predicted span is right when it overlaps a gold span of the same type in the same
message; a gold span is found when some predicted span of its type overlaps it. The two
are counted separately (one long gold address found as two pieces is two right
predictions and one found span), which is the usual overlap rule of presidio-research.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from safeguard.eval._cases import Case, Span
from safeguard.eval._metrics import safe_div

CHECK = "pii"


def predicted_spans(prediction: Mapping[str, Any], check: str = CHECK) -> tuple[Span, ...]:
    """One check's findings in a verdict as spans (``message`` is an index or ``"reply"``)."""
    return tuple(
        Span(f["message"], int(f["start"]), int(f["end"]), str(f["category"]))
        for f in prediction.get("findings", ())
        if f.get("check") == check
    )


@dataclass(frozen=True, slots=True)
class SpanCounts:
    """Predicted spans (and how many were right) and gold spans (and how many were found)."""

    predicted: int = 0
    predicted_right: int = 0
    gold: int = 0
    gold_found: int = 0

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(
            self.predicted + other.predicted,
            self.predicted_right + other.predicted_right,
            self.gold + other.gold,
            self.gold_found + other.gold_found,
        )

    @property
    def precision(self) -> float | None:
        """Share of predicted spans that overlap a gold span of their type."""
        return safe_div(self.predicted_right, self.predicted)

    @property
    def recall(self) -> float | None:
        """Share of gold spans overlapped by a predicted span of their type."""
        return safe_div(self.gold_found, self.gold)

    @property
    def f2(self) -> float | None:
        """F2: recall weighs four times precision (a leak costs more than a false mask)."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return safe_div(5 * p * r, 4 * p + r) or 0.0

    def to_dict(self) -> dict[str, object]:
        """Counts plus precision, recall and F2 for JSON."""
        rounded = {k: None if v is None else round(v, 4) for k, v in self._rates().items()}
        return {
            "predicted": self.predicted,
            "predicted_right": self.predicted_right,
            "gold": self.gold,
            "gold_found": self.gold_found,
            **rounded,
        }

    def _rates(self) -> dict[str, float | None]:
        return {"precision": self.precision, "recall": self.recall, "f2": self.f2}


def match_spans(gold: Sequence[Span], predicted: Sequence[Span]) -> tuple[list[bool], list[bool]]:
    """For each gold span, whether it was found; for each predicted span, whether it is right."""
    found = [any(g.overlaps(p) for p in predicted) for g in gold]
    right = [any(p.overlaps(g) for g in gold) for p in predicted]
    return found, right


def case_counts(
    gold: Sequence[Span], predicted: Sequence[Span], types: Collection[str]
) -> dict[str, SpanCounts]:
    """Per-type counts for one case, restricted to ``types``."""
    gold = [g for g in gold if g.type in types]
    predicted = [p for p in predicted if p.type in types]
    found, right = match_spans(gold, predicted)
    counts: dict[str, SpanCounts] = {}
    for span, ok in zip(gold, found, strict=True):
        counts[span.type] = counts.get(span.type, SpanCounts()) + SpanCounts(gold=1, gold_found=int(ok))
    for span, ok in zip(predicted, right, strict=True):
        counts[span.type] = counts.get(span.type, SpanCounts()) + SpanCounts(1, int(ok))
    return counts


@dataclass(frozen=True, slots=True)
class PiiScores:
    """Per-type span counts and their micro-average over the scored types."""

    labelled: int
    types: tuple[str, ...]
    per_type: Mapping[str, SpanCounts]
    overall: SpanCounts

    def to_dict(self) -> dict[str, object]:
        """JSON shape used by ``safeguard eval --json``."""
        return {
            "labelled": self.labelled,
            "types": list(self.types),
            "overall": self.overall.to_dict(),
            "per_type": {t: c.to_dict() for t, c in self.per_type.items()},
        }


def types_seen(pairs: Iterable[tuple[Case, Mapping[str, Any]]]) -> set[str]:
    """Every type in a gold label or a prediction of the PII-labelled cases."""
    seen: set[str] = set()
    for case, prediction in pairs:
        if case.pii is not None:
            seen.update(s.type for s in case.pii)
            seen.update(s.type for s in predicted_spans(prediction))
    return seen


def score_pii(
    pairs: Sequence[tuple[Case, Mapping[str, Any]]], types: Collection[str] | None = None
) -> PiiScores | None:
    """Score the cases that carry a PII label; ``types`` restricts the scored entity types.

    ``None`` for ``types`` scores every type seen in the gold labels or the predictions.
    """
    labelled = [(c, p) for c, p in pairs if c.pii is not None]
    if not labelled:
        return None
    scored = sorted(types if types is not None else types_seen(labelled))
    totals: dict[str, SpanCounts] = {t: SpanCounts() for t in scored}
    for case, prediction in labelled:
        for kind, counts in case_counts(case.pii or (), predicted_spans(prediction), scored).items():
            totals[kind] += counts
    overall = sum(totals.values(), SpanCounts())
    return PiiScores(len(labelled), tuple(scored), totals, overall)
