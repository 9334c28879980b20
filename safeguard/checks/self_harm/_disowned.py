"""A thought of an unnamed act, the act disowned: "i haven't done anything. i just think
about it", "i won't. but i think about it most shifts", "not gonna do anything i just think
about it all the time".

"I think about it" alone names nothing ("my ex cheated, i think about it a lot"), and
disowning an act alone is the everyday reassurance of someone distressed ("not going to do
anything stupid, just sad"). Said together, the denial says what "it" is: an act the writer
keeps thinking of and has not done, active ideation (C-SSRS item 2) even where the act is
never named. Where the same message holds the writer's own wish ("they'd be better off if
i wasn't around. not gonna do anything, i just think it"), "it" is that wish and this
module adds nothing. Phrases: cue kinds ``dwell`` and ``disown`` (an id ending in
``_open`` counts only where its clause ends with it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_DWELL = "dwell"
_DISOWN = "disown"
_OPEN = "_open"


def disowned(ctx: MessageContext, signals: Sequence[Signal]) -> list[Signal]:
    """The message's first writer's thought of an unnamed act, at its cue's level (ideation),
    when the message also disowns acting and states no wish of its own."""
    if not (ctx.anywhere(_DWELL) and ctx.anywhere(_DISOWN)):
        return []  # nearly every message: one of the two phrase kinds is missing
    if any(s.subject == "self" and not s.negated and s.level >= RiskLevel.PASSIVE for s in signals):
        return []  # "it" is the wish already said
    if not any(_counts(ctx, hit) for hit in ctx.of_kind(_DISOWN)):
        return []
    others = ctx.cues.words("other_subj")
    for hit in ctx.of_kind(_DWELL):
        if not _counts(ctx, hit) or negated(ctx, hit):
            continue  # "i haven't even thought about it in months"
        if hit.first > 0 and ctx.keys[hit.first - 1] in others:
            continue  # "he said he'd been thinking about it"
        cue = ctx.cues.cues[hit.payload]
        # Read as a risk phrase of the writer's, so the past and joke rules apply to it.
        # A thought of the act (ideation) is marked negated, the act being denied: it
        # counts at its level but makes no means beside it a method (intent) and is not
        # graded up to intent by the word model. The wish thought ("i just think it",
        # passive) stays plain: the words around it may still show more ("i know which
        # drugs would do it ... i'd never. but i think it").
        sig = ctx.own_signal(hit, dataclasses.replace(cue, kind="risk"))
        return [sig._replace(level=cue.level, negated=cue.level >= RiskLevel.IDEATION)]
    return []


def _counts(ctx: MessageContext, hit: Hit) -> bool:
    """An open phrase counts only where its clause ends with it ("i haven't. but ...")."""
    if not ctx.cues.cues[hit.payload].id.endswith(_OPEN):
        return True
    after = hit.last + 1
    if after >= len(ctx.keys):
        return True
    return ctx.clauses[after] != ctx.clauses[hit.last] or ctx.keys[after] in ctx.stops()
