"""Thoughts of how, after a wish: "i want to die and i keep thinking about how", "i wish i
wasn't here. i've thought about how i'd do it", "i want to stop existing. i've looked up ways".

A wish to be dead is passive; thinking about the means of acting on it is active ideation
(C-SSRS item 3). Said alone, "thinking about how" or "looked up ways" is everyday ("thinking
about how to tell my boss"). Per message this module reads the writer's own such phrases
(cue kind ``how``) at level none; ``_prepared`` raises them to their cue's level once the
writer's own wish has been said in that turn or an earlier one. An open phrase (a cue id
ending in ``_open`` or ``_open_after_distress``: "thought about how", "looked up ways",
"i have a plan") counts only where its clause
ends with it ("ive thought about how. i would not go back"), since "thinking about how
unfair it is" names no act.
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import QUOTES

_KIND = "how"
_OPEN = ("_open", "_open_after_distress")  # the second raised after distress (_prepared)
_BARE = "_open_after_distress"  # a plan told had: see _told_bare
_SENTENCE_END = ".!?…\n"


def hows(ctx: MessageContext) -> list[Signal]:
    """The message's own thoughts-of-how phrases, at level none (raised in ``_prepared``)."""
    found = []
    others = ctx.cues.words("other_subj")
    for hit in ctx.of_kind(_KIND):
        cue = ctx.cues.cues[hit.payload]
        if cue.id.endswith(_OPEN) and not _ends_clause(ctx, hit):
            continue
        if cue.id.endswith(_BARE) and not _told_bare(ctx, hit):
            continue  # 'i have a "plan" now', "i have a plan, yes, going to mum's"
        if hit.first > 0 and ctx.keys[hit.first - 1] in others:
            continue  # "she thought about how": not the writer's
        if not negated(ctx, hit):
            found.append(ctx.own_signal(hit, cue))
    return found


def _told_bare(ctx: MessageContext, hit: Hit) -> bool:
    """A plan told had as a sentence of its own: no quoted word in it ('i have a "plan"
    now': someone's term) and its sentence ends with it ("I have a plan.", not "i have a
    plan, yes, going to mum's": an answer about the holidays)."""
    start, end = ctx.span(hit)
    if any(mark in QUOTES for mark in ctx.text[start : end + 1]):
        return False
    rest = ctx.text[end:].lstrip()
    return not rest or rest[0] in _SENTENCE_END


def _ends_clause(ctx: MessageContext, hit: Hit) -> bool:
    """Nothing of the hit's clause follows it ("... about how." or "... about how and ...")."""
    return ctx.ends_clause(hit) or ctx.keys[hit.last + 1] in ctx.stops()
