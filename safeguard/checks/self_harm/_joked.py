"""A risk phrase taken back as a joke in the same message: "kms jk", "i'd rather be actually
dead. jk jk it's fair", "ugh unalive me (not being serious lol)".

Across turns ``_state`` withdraws a turn the next one clarifies. In one message the same
retraction follows the words it takes back, so each risk signal before the marker is read
as distress, when:

- the marker is a plain retraction (cue family in class ``joke_family``: "jk", "just
  kidding", "only joking", "not being serious"), not negated ("not joking"), and not
  "i'm joking" alone, which others say of the writer ("everyone thinks i'm joking");
- nothing after the marker goes on ("jk but honestly…", "jk unless…") and no risk signal
  comes after it ("jk. i want to die though");
- every risk signal is at most ``ideation`` and none is means, a place, a method question,
  preparation or a repeat (as a bare "jk" never cancels intent across turns either).

The signals taken back carry the frame ``joke``. When the next user turn opens by going on
("i want to die lol jk" … "…unless? 🙃"), :func:`unjoke` gives them back their level.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import family

GOES_ON_REACH = 3  # "jk but", "jk... unless", "jk lol but honestly"
JOKE = "joke"  # the frame of a signal taken back as a joke
# Openings of the next turn that take the joke back ("…unless?", "but fr", "actually").
_GOES_ON_OPENING = frozenset({"unless", "but", "actually", "lowkey", "honestly", "srsly", "seriously", "tbh"})
_GRAVE_KINDS = frozenset({"means", "location", "method", "prepare", "repeat", "answer_plan", "timing"})


def joked(ctx: MessageContext, signals: Sequence[Signal]) -> list[Signal]:
    """``signals`` with the risk taken back by a following joke marker read as distress."""
    out = list(signals)
    marker = _marker(ctx)
    if marker is None:
        return out
    at = ctx.tokens[marker.first].start
    risky = [s for s in out if s.level >= RiskLevel.PASSIVE]
    if not risky or any(s.end > at for s in risky):
        return out  # nothing before the marker, or the risk is said again after it
    if any(s.level > RiskLevel.IDEATION or s.method_seeking or s.kind in _GRAVE_KINDS for s in out):
        return out
    return [_taken_back(s) if s.level >= RiskLevel.PASSIVE else s for s in out]


def _taken_back(sig: Signal) -> Signal:
    """``sig`` read as distress, framed as a joke (so :func:`unjoke` can find it)."""
    low, asks = RiskLevel.DISTRESS, sig.method_seeking
    return make_signal((sig.cue, sig.start, sig.end, low, sig.subject, asks, sig.negated, JOKE))


def _given_back(sig: Signal) -> Signal:
    """``sig`` at its cue's level again, unframed (``joked`` only lowers plain signals)."""
    fields = (sig.cue, sig.start, sig.end, sig.cue.level, sig.subject, sig.method_seeking, sig.negated, "")
    return make_signal(fields)


class _Turn(Protocol):
    text: str
    signals: list[Signal]


def unjoke(turns: Sequence[_Turn]) -> None:
    """Give a joked turn's signals back their level when the next turn opens by going on
    ("…unless? 🙃 nah i'd sign up if someone offered")."""
    for before, turn in itertools.pairwise(turns):
        if any(s.frame == JOKE for s in before.signals) and _opens_going_on(turn.text):
            before.signals = [_given_back(sig) if sig.frame == JOKE else sig for sig in before.signals]


def _opens_going_on(text: str) -> bool:
    """The turn's first word (past dots, dashes and emoji) is one that goes on."""
    head = text[:40].lstrip(" .\u2026-\u2014*").split(maxsplit=1)
    return bool(head) and head[0].lower().strip("?!.,\u2026") in _GOES_ON_OPENING


def _marker(ctx: MessageContext) -> Hit | None:
    """The last plain joke marker of the message, if nothing after it goes on."""
    words, table = ctx.cues.words, ctx.cues.cues
    jokes = [h for h in ctx.of_kind("clarify") if family(table[h.payload].id) in words("joke_family")]
    if not jokes:
        return None
    last = max(jokes, key=lambda h: h.last)
    if negated(ctx, last):
        return None
    after = ctx.keys[last.last + 1 : last.last + 1 + GOES_ON_REACH]
    if not words("joke_goes_on").isdisjoint(after):
        return None
    return last
