"""A set day after the writer's wish: "ich will sterben. am freitag mach ich's".

A day set for an act with no object ("el viernes lo hago", "je le fais samedi", "ich
mach's am Freitag": the families ``*.intent.day_set_r17b``, and English "it's happening on
the 9th", "the date is the 3rd": ``en.intent.day_told``; plan phrases with no level) is
nothing alone, and in one message it pairs only with a place, means or a last word
(:mod:`_combine`). After the writer's own wish to be dead in that turn or any turn before,
the "it" is the dying they wished for: a plan with its time (intent), as English reads
"i want to die. i'm doing it on friday". Distress does not raise it ("estoy harta del
curro. el viernes lo hago": a resignation), nor someone else's wish, nor a negated one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal

# the set-day families (es, pt, fr, de; English days told for "it", rec18)
_DAY_SET = (".intent.day_set_r17b", "en.intent.day_told")


class _Turn(Protocol):
    signals: list[Signal]


def day_after_wish(turns: Sequence[_Turn]) -> None:
    """Raise each own set day to intent when the writer's wish came in its turn or before."""
    if not any(s.cue.id.endswith(_DAY_SET) for turn in turns for s in turn.signals):
        return  # most conversations: no set day
    wished = False
    for turn in turns:
        own = [s for s in turn.signals if s.subject == "self" and not s.negated]
        wished = wished or any(s.kind == "risk" and s.level >= RiskLevel.PASSIVE for s in own)
        if not wished:
            continue
        turn.signals = [_raised(s) for s in turn.signals]


def _raised(sig: Signal) -> Signal:
    """``sig`` at intent when it is the writer's own set day below intent."""
    if (
        sig.cue.id.endswith(_DAY_SET)
        and sig.subject == "self"
        and not sig.negated
        and sig.level < RiskLevel.INTENT
    ):
        return sig.lifted(RiskLevel.INTENT)
    return sig
