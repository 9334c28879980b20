"""Idioms that give way: a wish bounded by an ordinary time, a goodbye for the day.

"i want to disappear for 3 days", "sleep until the semester is over", "my last message for
today" are figures of speech (idiom cues of a family in class ``yielding_idiom``) and
cancel the risk phrase they overlap, as any idiom does. But the bound says nothing about
the rest of the message: beside the writer's own means, a time or a plan ("i want to
disappear for 3 days. i've got the pills ready", "last message for today. tonight's the
night") the bound no longer explains the words, and such an idiom cancels nothing
(:func:`standing`). Other idioms ("killing me", "dying to see it") are not bounds: they
keep cancelling whatever stands beside them.

Per conversation, the risk phrases such an idiom did cancel are kept (:func:`held`) and
raised like preparation (see ``_prepared``) once the writer's own wish has been said: "i
just want to disappear for the weekend" after "i don't want to be alive anymore".
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._sentences import family

# What stands beside a bound and outweighs it: the writer's means, a time set for acting, a
# plan (one that reaches a level beside distress), a method or place question, a goodbye
# of its own ("last message for tonight. i'm sorry. goodbye": the bound no longer
# explains it) (cue kinds), or a risk phrase at intent or above.
_BESIDE = frozenset({"means", "timing", "plan_ref", "method", "location", "farewell"})
_CORE = ("risk", *sorted(_BESIDE))


def yields(ctx: MessageContext, idiom: Hit) -> bool:
    """``idiom`` is of a family that gives way (a bound, not a figure of speech)."""
    return family(ctx.cues.cues[idiom.payload].id) in ctx.cues.words("yielding_idiom")


def standing(ctx: MessageContext, idioms: list[Hit]) -> list[Hit]:
    """The idioms that cancel what they overlap: all of them, but the yielding ones when
    the writer's own means, time or plan stands apart from every idiom in the message."""
    if not any(yields(ctx, i) for i in idioms):
        return idioms  # most idioms ("killing me") never yield: one family look-up each
    if not _outweighed(ctx, idioms):
        return idioms
    return [i for i in idioms if not yields(ctx, i)]


def _outweighed(ctx: MessageContext, idioms: list[Hit]) -> bool:
    """A means, time, plan or intent phrase of the writer's, outside every idiom."""
    # Tokens inside some idiom, as prefix counts: each hit's overlap test is then O(1),
    # so hostile text with many idioms and many means phrases stays linear.
    starts = [0] * (len(ctx.keys) + 1)
    for idiom in idioms:
        starts[idiom.first] += 1
        starts[idiom.last + 1] -= 1
    inside, depth = [0], 0
    for step in starts:
        depth += step
        inside.append(inside[-1] + (depth > 0))
    cues = ctx.cues.cues
    for kind in _CORE:
        for hit in ctx.of_kind(kind):
            cue = cues[hit.payload]
            if kind == "risk" and cue.level < RiskLevel.INTENT:
                continue
            if kind == "plan_ref" and cue.level < RiskLevel.PASSIVE:
                continue  # a vague decision ("this is it", "find me") is no plan
            if cue.subject == "other" or inside[hit.last + 1] > inside[hit.first]:
                continue  # someone else's, or part of the bound itself
            if not negated(ctx, hit):
                return True
    return False
