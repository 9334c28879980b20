"""The analyzer's internal result: an entity type, offsets, a score and the rule that fired."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """One candidate PII span in one text."""

    entity: str
    start: int
    end: int
    score: float
    rule: str = ""

    def overlaps(self, other: Span) -> bool:
        """The two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def with_score(self, score: float) -> Span:
        """A copy with another score."""
        return Span(self.entity, self.start, self.end, score, self.rule)
