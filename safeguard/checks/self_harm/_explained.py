"""Phrases explained away by an everyday reason told in the same turn or the next one.

Some risk phrases are ordinary when the conversation says what they are for: a goodbye
before a move (:mod:`._everyday_farewell`), a rope for a climb (:mod:`._rope_use`). Each
of those modules keeps, per message, the spans of its phrases and whether the message
names such a reason, and decides whether the writer states any other risk; this module
drops the explained phrases, the step they share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Reading, ReadTurn

Span = tuple[int, int]


def drop_explained(
    turns: Sequence[ReadTurn],
    spans: Callable[[Reading], frozenset[Span]],
    explains: Callable[[Reading], bool],
) -> None:
    """Read as nothing the phrases (``spans`` of a turn's reading) of every turn whose
    reading ``explains`` them, or whose next turn's does ("got a rope today" ... "what's
    it for?" ... "sailing course!")."""
    for i, turn in enumerate(turns):
        said = spans(turn.reading)
        if not said:
            continue
        if explains(turn.reading) or (i + 1 < len(turns) and explains(turns[i + 1].reading)):
            turn.signals = [s.lifted(RiskLevel.NONE) if (s.start, s.end) in said else s for s in turn.signals]
