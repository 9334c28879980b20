"""An answer naming what alarming words were about, after the assistant asked: "i'm
ending it tonight" ... "Ending what?" ... "with my boyfriend lol. 2 years of him not
paying me back"; "what's the fastest way to end it" ... "End what?" ... "a netflix
subscription lol i keep getting charged".

When the assistant's message asks what the words referred to (a question ending in a word
of class ``referent_end``: "End what?", "Do what?", "For what?", "What do you mean?") and
the writer's next message names a thing rather than something vague or themselves (no word
of class ``vague_referent`` among its first :data:`OPENING` tokens: not "it. all of it",
"my life", "you know what", "everything"), states nothing of risk or distress of its own
and no one else's risk, and bids no farewell, the turn before is withdrawn as a clarified
false alarm is (see ``_state``). Only under the limits of ``_taken_back``: the alarming
turn was a bare claim (short, no means, method, preparation or return to an act) and the
answer is a sentence of its own. "what do you mean?" ... "work. school. everything is too
much" (distress) and "i have the pills here" ... "What pills?" (means) stay. An answer
that opens by naming an everyday thing ("the IKEA wardrobe.", "on coffee.") withdraws the
same way without the question (see _fragment).

Per message a few set tests (:func:`asks_referent`, :func:`opens_vague`); per
conversation each pair of neighbouring turns once (:func:`withdraw_answered`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._reading import Reading, Signal
from safeguard.checks.self_harm._taken_back import taken_back

OPENING = 4  # tokens read at the start of an answer ("with my boyfriend lol")
_EDGE = " \t\n\"'`*_()[]{}.,!;:"  # around the last word of a question


def asks_referent(text: str, cues: CueSet) -> bool:
    """Some question in ``text`` ends in a word of class ``referent_end`` ("End what?")."""
    if "?" not in text:
        return False  # most messages: one search in C
    ends = cues.words("referent_end")
    return any(_last_word(part) in ends for part in text.split("?")[:-1])


def _last_word(part: str) -> str:
    words = part.rsplit(None, 1)
    return words[-1].strip(_EDGE).lower() if words else ""


def opens_vague(keys: Sequence[str], cues: CueSet) -> bool:
    """The message's first :data:`OPENING` tokens hold a vague or self-naming word."""
    return not cues.words("vague_referent").isdisjoint(keys[:OPENING])


class _Turn(Protocol):
    reading: Reading
    text: str
    signals: list[Signal]
    withdrawn: bool
    referent: bool

    def own_level(self) -> RiskLevel: ...


def withdraw_answered(turns: Sequence[_Turn]) -> None:
    """Withdraw each turn the next turn explains after a question about its referent."""
    for before, turn in itertools.pairwise(turns):
        if before.own_level() < RiskLevel.PASSIVE:
            continue  # distress told stays told
        if turn.referent and _names_a_thing(turn) and taken_back(before, turn):
            before.withdrawn = True
        elif turn.reading.names_thing:
            _named_in_a_fragment(before, turn)


def _names_a_thing(turn: _Turn, said: frozenset[str] = frozenset()) -> bool:
    """Calm (nothing of risk or distress, bar the alarming words ``said`` again of the
    thing), not vague, no farewell."""
    calm = all(
        s.cue.id in said or (s.level < RiskLevel.DISTRESS and s.cue.level < RiskLevel.PASSIVE)
        for s in turn.signals
    )
    return calm and not turn.reading.vague and not turn.reading.farewells


def _named_in_a_fragment(before: _Turn, turn: _Turn) -> None:
    """The answer opens by naming an everyday thing ("the IKEA wardrobe. I cannot do this
    anymore"; see _fragment): the turn before is withdrawn, and the same words said again
    of the thing are distress."""
    said = frozenset(s.cue.id for s in before.signals if s.subject == "self")
    if not (_names_a_thing(turn, said) and taken_back(before, turn)):
        return
    before.withdrawn = True
    turn.signals = [_at_most_distress(s) if s.cue.id in said else s for s in turn.signals]


def _at_most_distress(sig: Signal) -> Signal:
    return sig.lifted(min(sig.level, RiskLevel.DISTRESS))
