"""The act put off: a "now" under a negation beside readied means.

A message's "now" makes readied means (loaded, at the edge, tied) the act at hand
(``_combine``). Denied, it says the opposite: "the gun's loaded and in my nightstand. i'm
not doing it right now, but i put it there for a reason", "sitting on the windowsill,
legs outside. i'm not going to jump right now" — the act is not now, but the means are
readied for it: a plan put off, which the scale calls ``intent``, not ``imminent`` (the
over-reading) and not nothing (what the means alone would read).

Only a denied "now" whose clause names the act ("doing it", "jump", "do it") defers it:
"i'm on the roof, can't talk right now" denies a chat, not an act, and stays what the
means alone are.
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._negation import negated


def defers(ctx: _Context) -> bool:
    """Every "now" in the message is denied, and a denied one's clause names the act.

    Only asked when the message has a means cue and a "now" (both cheap kind checks)."""
    nows = ctx.of_kind("now")
    if not nows or not ctx.anywhere("means"):
        return False  # most messages: no "now" beside means
    if not all(negated(ctx, h) for h in nows):
        return False  # an asserted "now" makes the means imminent (_combine)
    clauses = ctx.clauses
    act_words = ctx.cues.words("deferred_act")  # "doing it", "jump": the act itself
    acts = {clauses[i] for i, key in enumerate(ctx.keys) if key in act_words}
    return any(clauses[h.first] in acts for h in nows)
