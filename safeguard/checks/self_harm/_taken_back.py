"""A short alarming turn taken back with an everyday reason: "i'm going to kill myself" ...
"omg no sorry, i meant my roommate is going to kill ME when she sees i ate her leftovers".

``_state`` withdraws a turn up to ``ideation`` that the next turn clarifies ("jk"). A
bare "jk" never cancels intent, as a writer may take back a real plan to end the check.
A turn at intent or above is withdrawn only when the clarification carries an everyday
reason (it is a sentence of its own, :data:`REASON_WORDS` words or more) and the alarming
turn was a bare claim: short (:data:`CLAIM_WORDS` words or fewer), with no means at hand,
no method question or preparation, in either turn: "i want to end it tonight" ... "wrong
window? no. i mean it, i have the pills here" stays; so does "i'm going to do it" ... "jk".
"""

from __future__ import annotations

from typing import Protocol

from safeguard.checks.self_harm._reading import Signal

CLAIM_WORDS = 10  # a bare claim: "i think i'm going to end it tonight"
REASON_WORDS = 6  # "on coffee. finals week. 4th cup" is short: see _state for markers alone
# Cue kinds that say something was done or readied beyond the words of a decision.
_GRAVE_KINDS = frozenset({"means", "location", "method", "prepare", "repeat", "answer_plan"})


class _Turn(Protocol):
    text: str
    signals: list[Signal]


def taken_back(before: _Turn, clarifying: _Turn) -> bool:
    """Whether ``clarifying`` takes back ``before`` at any level (see module doc)."""
    if len(clarifying.text.split()) < REASON_WORDS or len(before.text.split()) > CLAIM_WORDS:
        return False
    return not any(_grave(s) for s in (*before.signals, *clarifying.signals))


def _grave(sig: Signal) -> bool:
    return sig.method_seeking or sig.cue.kind in _GRAVE_KINDS

