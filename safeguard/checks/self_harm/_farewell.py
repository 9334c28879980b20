"""A final goodbye split across sentences: "this is goodbye. thanks for listening",
"goodbye. i'm sorry for everything", "goodbye. i love you all" (FORMAT: about to act).

A goodbye phrase is the writer's farewell when the same message also thanks, apologises or
says love (``farewell_with``) and names nothing an everyday goodbye is said to: a flat, an
app, a job, a trip, a forum, or the "goodbye cruel world" joke (``farewell_everyday``). The
phrase rules match within a sentence; this reads the whole message once, so it stays linear.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_KIND = "farewell"


def final_goodbye(ctx: _Context) -> Signal | None:
    """A signal at level none for the first goodbye no negation reaches, when the message
    also carries thanks, an apology or love and no everyday goodbye's object; raised to its
    cue's level after the writer's distress or wish (see _prepared): "goodbye, thanks for
    the help" closing a chat about a recipe is no farewell."""
    hits = ctx.of_kind(_KIND)
    if not hits or not ctx.mentions("farewell_with") or ctx.mentions("farewell_everyday"):
        return None
    for hit in hits:
        if not negated(ctx, hit):
            cue = ctx.cues.cues[hit.payload]
            start, end = ctx.span(hit)
            return Signal(cue, start, end, RiskLevel.NONE, "self")
    return None
