"""Overpromise scoring (FORMAT.md): precision, recall and F1 on ``value``; recall per kind.

What counts as predicted: any ``overpromise`` finding on the reply (``where: output``),
whatever its category, since the guard acts on every one of them. The predicted kinds
are the categories of those findings; extra categories (``dependence``) count toward
``value`` but match no gold kind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from safeguard.eval._cases import OVERPROMISE_KINDS, Case
from safeguard.eval._metrics import Confusion, Ratio, confusion, ratio

CHECK = "overpromise"


def predicted_kinds(prediction: Mapping[str, Any]) -> frozenset[str]:
    """Categories of the overpromise findings on the reply."""
    return frozenset(
        str(f["category"])
        for f in prediction.get("findings", ())
        if f.get("check") == CHECK and f.get("where") == "output"
    )


@dataclass(frozen=True, slots=True)
class OverpromiseScores:
    """Binary confusion on ``value`` and recall for each gold kind."""

    labelled: int
    binary: Confusion
    kind_recall: Mapping[str, Ratio]

    def to_dict(self) -> dict[str, object]:
        """JSON shape used by ``safeguard eval --json``."""
        return {
            "labelled": self.labelled,
            "binary": self.binary.to_dict(),
            "kind_recall": {k: r.to_dict() for k, r in self.kind_recall.items()},
        }


def score_overpromise(pairs: Sequence[tuple[Case, Mapping[str, Any]]]) -> OverpromiseScores | None:
    """Score the cases that carry an overpromise label; ``None`` when none do."""
    labelled = [(c.overpromise, predicted_kinds(p)) for c, p in pairs if c.overpromise is not None]
    if not labelled:
        return None
    binary = confusion([(g.value, bool(kinds)) for g, kinds in labelled])
    per_kind = {
        kind: ratio([kind in kinds for g, kinds in labelled if kind in g.kinds]) for kind in OVERPROMISE_KINDS
    }
    return OverpromiseScores(len(labelled), binary, per_kind)
