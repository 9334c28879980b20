"""A readiness phrase that shares its words with someone else's act is theirs too.

Plan_ref cues with no person of their own ("already taken", "already started") are read as
the writer's by their data (``subject: self``): alone they have no subject to read, and the
nearest person word is often not theirs ("i just wanted someone to know it's happening
now"). But when the words are part of a risk phrase whose subject was read as another
person ("the caller has already taken an overdose": "already taken" inside "taken an
overdose", the caller's), they tell that person's act, not the writer's: the same words
cannot be two people's. Only an overlap counts; the writer's own act beside another's
("my sister overdosed last year. i've already taken them") stays the writer's.
"""

from __future__ import annotations

from safeguard.checks.self_harm._reading import Signal


def shared_with_other(signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with each of the writer's plan_ref signals that overlaps another
    person's risk signal given that person's subject (run after the discourse pass has
    read whose each risk phrase is: see ``_discourse``)."""
    others = [s for s in signals if s.subject == "other" and s.cue.kind == "risk" and not s.negated]
    if not others:
        return signals  # nearly every message: no one else's risk phrase
    out = []
    for sig in signals:
        if sig.cue.kind == "plan_ref" and sig.subject == "self" and _overlaps_any(sig, others):
            sig = sig.lifted(sig.level, subject="other")
        out.append(sig)
    return tuple(out)


def _overlaps_any(sig: Signal, others: list[Signal]) -> bool:
    """``sig``'s span shares characters with one of ``others``."""
    return any(sig.start < o.end and o.start < sig.end for o in others)
