"""Being with a dead loved one: "my wife died in may. i just want to be with her",
"since dad's funeral i keep thinking i should go to him", "after the inquest i'm going to
join him"; and the means the dead one left, kept at hand ("i still have dad's pills in the
drawer", "i kept his gun").

Alone these are everyday ("i want to be with her tonight", "i'm going to join him at the
pub", "i kept his watch"). Beside a death told (cue kind ``death``: "died", "passed away",
"the funeral", "his grave") in the same message or an earlier turn of the conversation
("my mum died in march" ... "i just want to be with her") a pronoun joined with nothing
after it in its clause but a word of time or longing ("again", "forever", "soon", "next
week") is the writer's wish to be dead, or their decision to die: a cue of kind ``rejoin``
at its own level (a wish passive, a decision intent). An object after it ("be with her at
the end", "join him for lunch", "go to her grave") keeps it a place or a visit; a negation
before it denies it; another person nearest before it makes it theirs ("my wife said she
wants to be with him").

The dead one's medicines or firearms kept (kind ``left_means``) are the writer's distress
beside the death, and ``ideation`` where the writer also states a wish to be dead or
worse: means at hand of the kind the grief points to. Means being made safe ("how do i
dispose of dad's pills", "handed his guns in": class ``means_disposal``) are neither.

Per message :func:`rejoined` gives the signals beside a death told there and
:func:`bereft` the ones waiting for a death told in an earlier turn (nearly always none);
per conversation :func:`rejoined_across` adds those after such a turn and lifts the kept
means beside a wish.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import GENERIC, ReadTurn, Signal
from safeguard.checks.self_harm._subject import nearest_person

_KIND = "rejoin"
_LEFT = "left_means"
_DEATH = "death"
_AFTER = "rejoin_after"  # again, forever, soon, tonight ...: the clause may go on with these
_WHY = "why"
_SAFE = "means_disposal"  # dispose, returned, handed in ...: the dead's means made safe


def rejoined(ctx: MessageContext) -> list[Signal]:
    """The writer's wish or decision to be with a dead loved one, and the means the dead
    one left kept, at their cues' levels, beside a death told in the message."""
    if not ctx.anywhere(_DEATH):
        return []  # nearly every message: no death told beside them (see bereft)
    return _joined(ctx)


def bereft(ctx: MessageContext) -> tuple[Signal, ...]:
    """The same signals in a message that tells no death: they count only after a turn
    that does (see :func:`rejoined_across`)."""
    if ctx.anywhere(_DEATH):
        return ()
    return tuple(_joined(ctx))


def _joined(ctx: MessageContext) -> list[Signal]:
    hits, kept = ctx.of_kind(_KIND), ctx.of_kind(_LEFT)
    if not hits and not kept:
        return []  # nearly every message: no joining phrase and no means left
    found = []
    for hit in hits:
        if negated(ctx, hit) or not _ends_clause(ctx, hit) or nearest_person(ctx, hit) == "other":
            continue
        cue = ctx.cues.cues[hit.payload]
        if cue.language == "en" and ctx.asked(hit) and ctx.keys[hit.first] != _WHY:
            continue  # "should i go with him?": advice asked ("why can't i go too" protests)
        found.append(ctx.own_signal(hit, cue).lifted(cue.level))
    if kept and ctx.cues.words(_SAFE).isdisjoint(ctx.key_set):
        for hit in kept:
            if not negated(ctx, hit):
                cue = ctx.cues.cues[hit.payload]
                found.append(ctx.own_signal(hit, cue).lifted(cue.level))
    return found


def _ends_clause(ctx: MessageContext, hit: Hit) -> bool:
    """Nothing follows the joined person in its clause but a word of time or longing."""
    return ctx.ends_clause(hit) or ctx.keys[hit.last + 1] in ctx.cues.words(_AFTER)


def rejoined_across(turns: Sequence[ReadTurn]) -> None:
    """A joining wish or the dead one's means kept, told in a turn after the one that tells
    the death ("my mum died in march" ... "i just want to be with her"), counts as it would
    in that message; the kept means are ``ideation`` beside the writer's own wish to be dead
    or worse in any turn."""
    kept = any(s.kind == _LEFT for t in turns for s in t.signals)
    if not kept and not any(t.reading.bereft for t in turns):
        return  # nearly every conversation
    told = False
    for turn in turns:
        if told and turn.reading.bereft:
            turn.signals = [*turn.signals, *turn.reading.bereft]
            kept = kept or any(s.kind == _LEFT for s in turn.reading.bereft)
        told = told or turn.reading.death
    wish = kept and any(
        s.kind != _LEFT and s.level >= RiskLevel.PASSIVE and _firm(s) for t in turns for s in t.signals
    )
    if not wish:
        return
    for turn in turns:
        turn.signals = [_lift(s) for s in turn.signals]


def _lift(sig: Signal) -> Signal:
    return sig.lifted(max(sig.level, RiskLevel.IDEATION)) if sig.kind == _LEFT else sig


def _firm(sig: Signal) -> bool:
    """The writer's own, not negated, said of themselves (as ``_turns.firm``)."""
    return sig.subject == "self" and not sig.negated and sig.frame != GENERIC
