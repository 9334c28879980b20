"""A car running in a shut garage told in pieces: "sitting in the car in the garage.
engine's running", "engine on. garage shut", "i'm in the garage. the car is running".

The phrase lists read the method when its parts share one clause ("in the car in the
garage with the engine running"); people type it in fragments, and a phrase does not
cross a full stop or a comma. An engine said to be running (kind ``engine_on``) in a
message that names a garage (class ``garage``) is the act under way, which the scale calls
imminent. Alone either part is an ordinary day (the car warming up on the drive, boxes in
the garage).

Not when the running engine is negated ("the engine isn't on") or switched off in the
same message ("engine off", "turned it off"), pictured or asked about ("i think about
leaving the engine running", "how long with the engine on"), told as the past
("yesterday", "used to"), someone else's ("my uncle was found in the garage, engine
running"), or inside a story or informational frame.
"""

from __future__ import annotations

import dataclasses

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_KIND = "engine_on"
_OFF_REACH = 2  # "engine off", "turned it off", "switched the car off"


def engine_on(ctx: MessageContext, signals: list[Signal]) -> list[Signal]:
    """``signals`` plus one imminent signal for the writer's engine running in a garage."""
    hits = ctx.of_kind(_KIND)
    words = ctx.cues.words
    if not hits or words("garage").isdisjoint(ctx.key_set):
        return signals  # nearly every message: no running engine, or no garage
    if ctx.anywhere("fiction") or ctx.anywhere("info") or not words("engine_everyday").isdisjoint(ctx.keys):
        return signals  # a story, a question of fact, the car's upkeep ("bad for the engine?")
    if _switched_off(ctx) or _their_garage(ctx):
        return signals
    for hit in hits:
        if _running_now(ctx, hit):
            cue = dataclasses.replace(ctx.cues.cues[hit.payload], kind="risk", level=RiskLevel.IMMINENT)
            return [*signals, ctx.own_signal(hit, cue).lifted(RiskLevel.IMMINENT)]
    return signals


def _running_now(ctx: MessageContext, hit: Hit) -> bool:
    """The writer's own engine, running now: not negated, pictured, asked about or past."""
    if negated(ctx, hit) or ctx.in_clause("history", hit) or ctx.asked(hit):
        return False
    keys, clauses = ctx.keys, ctx.clauses
    after = hit.last + 1
    placed = ctx.cues.words("engine_not_after")
    if after < len(keys) and clauses[after] == clauses[hit.last] and keys[after] in placed:
        return False  # "the engine on the bench", "the car's running fine again"
    if _someone_else(ctx, hit.first):
        return False
    # A thought, a question or another day in the engine's clause or one beside it ("i
    # think about leaving the engine on", "how long with the engine running", "had it
    # running yesterday", "i keep picturing it. the engine running", "... that's the
    # picture i get").
    low = ctx.clause_span(clauses[hit.first] - 1)[0] if hit.first else 0
    high = ctx.clause_span(clauses[hit.last] + 1)[1] if after < len(keys) else len(keys)
    return ctx.cues.words("engine_unreal").isdisjoint(keys[low:high])


def _their_garage(ctx: MessageContext) -> bool:
    """The garage's clause names someone else before it, not the writer ("my uncle was found
    in the garage, engine running"): their death told, not the writer's act."""
    garage = ctx.cues.words("garage")
    return _someone_else(ctx, next(i for i, key in enumerate(ctx.keys) if key in garage))


def _someone_else(ctx: MessageContext, at: int) -> bool:
    """The nearest person word before token ``at`` in its clause is someone else's, or a
    body is found there. The word right before is an article or an owner ("el motor", "the
    garage", "dad's garage"): whose car it is says nothing of who sits in it."""
    keys, people, found = ctx.keys, ctx.people, ctx.cues.words("engine_found")
    low = ctx.clause_span(ctx.clauses[at])[0]
    for i in range(at - 2, low - 1, -1):
        if keys[i] in found:
            return True  # "... found in the garage": someone's body, not the writer
        if people.is_(i, "self_subj"):
            return False
        if people.is_(i, "other_subj"):
            return True
    return False


def _switched_off(ctx: MessageContext) -> bool:
    """The engine switched off in the message ("engine off", "turned it off")."""
    off, keys = ctx.cues.words("engine_off"), ctx.keys
    if off.isdisjoint(keys):
        return False
    near = ctx.cues.words("engine_off_near")
    return any(
        key in off and not near.isdisjoint(keys[max(0, i - _OFF_REACH) : i]) for i, key in enumerate(keys)
    )
