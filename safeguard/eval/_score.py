"""All of FORMAT.md's metrics for a set of (case, prediction) pairs: overall and per source.

Pure: no guard, no I/O. The predictions are verdict JSON objects as ``safeguard check``
writes them, so anything that produces that JSON can be scored the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from safeguard.eval._cases import Case, Malformed
from safeguard.eval._metrics import percentile
from safeguard.eval._misses import Miss, worst_misses
from safeguard.eval._overpromise import OverpromiseScores, score_overpromise
from safeguard.eval._pii import PiiScores, score_pii
from safeguard.eval._self_harm import SelfHarmScores, score_self_harm

Pair = tuple[Case, Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Latency:
    """Per-case guard time in milliseconds (nearest-rank percentiles)."""

    n: int
    p50: float | None
    p99: float | None

    def to_dict(self) -> dict[str, object]:
        """JSON shape used by ``safeguard eval --json``."""
        return {"n": self.n, "p50_ms": self.p50, "p99_ms": self.p99}


def latency(pairs: Sequence[Pair]) -> Latency:
    """p50 and p99 of the predictions' ``elapsed_ms``."""
    values = [float(p["elapsed_ms"]) for _, p in pairs if isinstance(p.get("elapsed_ms"), int | float)]
    return Latency(len(values), percentile(values, 50), percentile(values, 99))


@dataclass(frozen=True, slots=True)
class GroupScores:
    """Every metric for one group of cases (a source, or all of them)."""

    cases: int
    self_harm: SelfHarmScores | None
    overpromise: OverpromiseScores | None
    pii: PiiScores | None
    latency: Latency

    def to_dict(self) -> dict[str, object]:
        """JSON shape used by ``safeguard eval --json`` (absent labels give ``null``)."""
        return {
            "cases": self.cases,
            "self_harm": self.self_harm.to_dict() if self.self_harm else None,
            "overpromise": self.overpromise.to_dict() if self.overpromise else None,
            "pii": self.pii.to_dict() if self.pii else None,
            "latency": self.latency.to_dict(),
        }


def score_group(pairs: Sequence[Pair], pii_types: Collection[str] | None = None) -> GroupScores:
    """Every metric over ``pairs``."""
    return GroupScores(
        cases=len(pairs),
        self_harm=score_self_harm(pairs),
        overpromise=score_overpromise(pairs),
        pii=score_pii(pairs, pii_types),
        latency=latency(pairs),
    )


@dataclass(frozen=True, slots=True)
class Report:
    """The result of an evaluation: overall, per source, the worst misses, skipped lines."""

    overall: GroupScores
    sources: Mapping[str, GroupScores]
    worst: Sequence[Miss]
    malformed: Sequence[Malformed] = ()
    pii_types: Sequence[str] | None = None
    meta: Mapping[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """The ``--json`` document."""
        return {
            **self.meta,
            "pii_types": list(self.pii_types) if self.pii_types is not None else None,
            "overall": self.overall.to_dict(),
            "sources": {name: g.to_dict() for name, g in self.sources.items()},
            "worst": [m.to_dict() for m in self.worst],
            "malformed": [{"file": m.file, "line": m.line, "error": m.error} for m in self.malformed],
        }


def by_source(pairs: Sequence[Pair]) -> dict[str, list[Pair]]:
    """Pairs grouped by ``case.source``, in order of first appearance."""
    groups: dict[str, list[Pair]] = {}
    for pair in pairs:
        groups.setdefault(pair[0].source, []).append(pair)
    return groups


def score(
    pairs: Sequence[Pair],
    *,
    pii_types: Collection[str] | None = None,
    worst: int = 10,
    malformed: Sequence[Malformed] = (),
    meta: Mapping[str, object] | None = None,
) -> Report:
    """Score everything; ``pii_types`` restricts PII scoring (``None``: every type seen)."""
    types = frozenset(pii_types) if pii_types is not None else None
    return Report(
        overall=score_group(pairs, types),
        sources={name: score_group(group, types) for name, group in by_source(pairs).items()},
        worst=worst_misses(pairs, worst, types),
        malformed=malformed,
        pii_types=sorted(types) if types is not None else None,
        meta=dict(meta or {}),
    )
