"""An urge to self-injury said with a time of now: "the urge to cut is so strong rn", "i
want to hurt myself so bad right now".

A self-harm or suicide phrase in a clause that says "now" or "tonight" reads as acting now
(see ``_message._modify``). When the writer names a want or an urge just before the act, or
the phrase itself is the urge ("urge to cut"), the time belongs to the wanting: an urge
felt now is active ideation (FORMAT.md: "I want to cut again"), not intent.
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit

WINDOW = 4  # "i want to hurt myself", "i really really wanna cut": the want stays this close


def wanted(ctx: MessageContext, hit: Hit) -> bool:
    """A self-injury phrase (a word of class ``self_injury`` in the hit) with a want or urge
    word (classes ``want`` and ``wish_word``) in it or up to ``WINDOW`` tokens before it, in
    its clause. A suicide phrase with a time ("i want to end it tonight") keeps the time: a
    want dated tonight is part of a plan. Bounded work per hit: linear in the message."""
    keys = ctx.keys
    span = keys[hit.first : hit.last + 1]
    if ctx.cues.words("self_injury").isdisjoint(span):
        return False
    want, wish = ctx.cues.words("want"), ctx.cues.words("wish_word")
    clause, clauses = ctx.clauses[hit.first], ctx.clauses
    low = max(0, hit.first - WINDOW)
    return any(
        (keys[i] in want or keys[i] in wish) and clauses[i] == clause for i in range(low, hit.last + 1)
    )
