"""Context words near a match raise its score (Presidio's idea, without needing a model)."""

from __future__ import annotations

import re

from safeguard.checks.pii._engine import EntitySpec, PresidioEngine
from safeguard.checks.pii._span import Span

_WORD = re.compile(r"[a-z_]+")


def boost(text: str, span: Span, spec: EntitySpec, engine: PresidioEngine) -> Span:
    """``span`` with its score raised when a context word of its entity is nearby."""
    if span.score >= 1.0:
        return span
    before = _WORD.findall(text[max(0, span.start - engine.context_before) : span.start].lower())
    after = _WORD.findall(text[span.end : span.end + engine.context_after].lower())
    score = span.score
    if not spec.context.isdisjoint(before) or not spec.context.isdisjoint(after):
        score += engine.context_boost
    # Only the last few words before the match can mark it as another kind of number.
    if not spec.anti_context.isdisjoint(before[-4:]):
        score -= engine.context_boost
    return span if score == span.score else span.with_score(max(0.0, min(1.0, score)))
