"""A trip to a drop told as one with no return: "this weekend i'm driving up to the cliffs.
i'm not coming back", "leaving in an hour to go to the cliffs not coming back", "next time
i'm on that bridge i'm not coming back off it".

"Not coming back" (cue ``*.intent.no_return``, kind ``plan_ref``) is nothing alone ("not
coming back to this job") and imminent beside a place the writer stands on now (see
_combine). A message that names a place to fall from (class ``drop_place``: a bridge, the
cliffs, the tracks) and says the writer will not come back, without standing there now,
tells a plan with its place, which the scale calls intent.

Not when the return is only put off ("going to the cliffs, not coming back till sunday":
the phrase's clause goes on, unless with words of the trip itself, class
``no_return_tail``: "from this trip", "off it"), denied or asked ("i'm not saying i'm not
coming back"), told as the past, someone else's ("my dad went to the cliffs and never came
back"), or inside a story or informational frame.
"""

from __future__ import annotations

import dataclasses

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_CUE = ".intent.no_return"
_BACK = "back"  # only the "... coming back" phrases of the cue, not "the train is coming"
_PERSON_REACH = 3  # "my dad's not coming back": a person word just before the phrase


def no_return_trip(ctx: MessageContext, signals: list[Signal]) -> list[Signal]:
    """``signals`` with the writer's no return read as intent (a risk signal in place of
    the plan phrase's own) when the message names a place to fall from."""
    hits = ctx.of_kind("plan_ref")
    words = ctx.cues.words
    if not hits or words("drop_place").isdisjoint(ctx.key_set):
        return signals  # nearly every message: no plan phrase, or no place to fall from
    if ctx.anywhere("fiction") or ctx.anywhere("info"):
        return signals
    for hit in hits:
        cue = ctx.cues.cues[hit.payload]
        if cue.id.endswith(_CUE) and _BACK in ctx.keys[hit.first : hit.last + 1] and _no_return(ctx, hit):
            risk = dataclasses.replace(cue, kind="risk", level=RiskLevel.INTENT)
            found = ctx.own_signal(hit, risk).lifted(RiskLevel.INTENT)
            kept = [s for s in signals if (s.start, s.end, s.cue.id) != (found.start, found.end, cue.id)]
            return [*kept, found]
    return signals


def _no_return(ctx: MessageContext, hit: Hit) -> bool:
    """The writer's own no return, said now: ending its clause (or going on with the trip's
    own words), not negated, asked, past or someone else's."""
    if negated(ctx, hit) or ctx.in_clause("history", hit) or ctx.asked(hit):
        return False
    keys, clauses, words = ctx.keys, ctx.clauses, ctx.cues.words
    after = hit.last + 1
    goes_on = after < len(keys) and clauses[after] == clauses[hit.last]
    if goes_on and keys[after] not in words("no_return_tail"):
        return False  # "not coming back till sunday", "not coming back to this job"
    low = max(ctx.clause_span(clauses[hit.first])[0], hit.first - _PERSON_REACH)
    return words("other_subj").isdisjoint(keys[low : hit.first])
