"""A clarification undone: the alarm it withdrew stands.

``_state`` withdraws a turn the next one clarifies ("jk"), denies after a check-in ("no")
or explains after a question about its words ("the relationship. i meant the
relationship"). Writers often test the waters that way and then take it back, in the same
turn ("jk. unless?", "jk. half jk") or a later one ("... and maybe everything else too.
sorry. i lied a bit just then", "jk about the rope thing" ... "i'm not joking about having
it"). A turn that says so (an ``en.context.retract`` phrase) at or after the withdrawing
turn keeps the alarm.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from safeguard.checks.self_harm._reading import Reading


class _Turn(Protocol):
    reading: Reading
    withdrawn: bool


def restore_retracted(turns: Sequence[_Turn]) -> None:
    """Un-withdraw each turn whose withdrawing turn (the next) or a later one retracts."""
    flags = [t.reading.retracts for t in turns]
    if True not in flags[1:]:
        return  # most conversations: nothing taken back after a first turn
    last = len(flags) - 1 - flags[::-1].index(True)
    for turn in turns[:last]:
        turn.withdrawn = False
