"""Phrases explained away by an everyday reason told in the same turn or the next one.

Some risk phrases are ordinary when the conversation says what they are for: a goodbye
before a move (:mod:`._everyday_farewell`), a rope for a climb (:mod:`._rope_use`). Each
of those modules keeps, per message, the spans of its phrases and whether the message
names such a reason; this module decides whether the writer states any other risk
(:func:`states_only`) and drops the explained phrases (:func:`drop_explained`), the steps
they share (:func:`explain_away` for modules whose phrases are their spans alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Reading, ReadTurn, Signal

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
            turn.signals = [
                s.lifted(RiskLevel.NONE) if (s.start, s.end) in said else s
                for s in turn.signals
                if not _inside(s, said)
            ]


def _inside(sig: Signal, said: frozenset[Span]) -> bool:
    """A decision phrase (kind ``plan_ref``) made of the explained phrase's own words: the
    "goodbye" of "a goodbye message to the server i've modded". Read as nothing it would be
    lifted again by a later rule (a "how do i write ..." read as a question for a method
    makes any decision phrase intent), so it goes with the phrase it is part of."""
    if sig.cue.kind != "plan_ref" or (sig.start, sig.end) in said:
        return False
    return any(start <= sig.start and sig.end <= end for start, end in said)


def states_only(
    turns: Sequence[ReadTurn],
    explained: Callable[[ReadTurn, Signal], bool],
    floor: RiskLevel,
    keep: frozenset[str],
) -> bool:
    """Every risk the writer states at ``floor`` or above, and every phrase of theirs of a
    kind in ``keep`` (a time, means, a method, a place), is one ``explained`` names: only
    then may an everyday reason read the conversation's risk as nothing."""
    for turn in turns:
        for s in turn.signals:
            if s.subject != "self" or s.negated or explained(turn, s):
                continue
            if s.level >= floor or s.cue.kind in keep:
                return False
    return True


def explain_away(
    turns: Sequence[ReadTurn],
    spans: Callable[[Reading], frozenset[Span]],
    explains: Callable[[Reading], bool],
    floor: RiskLevel,
    keep: frozenset[str],
) -> None:
    """Read as nothing the phrases (``spans``) of turns whose reading ``explains`` them (or
    whose next turn's does), when every other risk the writer states is below ``floor`` and
    of no kind in ``keep``."""
    if not any(spans(t.reading) for t in turns) or not any(explains(t.reading) for t in turns):
        return  # nearly every conversation: no such phrase, or no everyday reason named

    def listed(turn: ReadTurn, sig: Signal) -> bool:
        return (sig.start, sig.end) in spans(turn.reading)

    if states_only(turns, listed, floor, keep):
        drop_explained(turns, spans, explains)
