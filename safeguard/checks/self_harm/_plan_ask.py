"""The level of the assistant's question about suicide, read from its ``ask`` phrases.

A "yes" (or a time) answering the assistant's question counts as saying what it asked
(see ``_turns``). Most ask phrases name what they ask about ("are you thinking
about killing yourself"). An open question about a plan ("have you thought about how",
"have you decided when": cue families of the class ``open_ask_cue``) names it only by
what follows: "have you thought about how?", "... when or how", "... how you might do it",
"... how you would end your life" ask about the act; "have you thought about how you
might raise it with him" asks about a conversation. Such a phrase counts when the words
after it in its clause are only linking words (class ``ask_tail_link``: "you", "would",
"or") up to a word of the act (class ``ask_tail_act``: "do", "it", "kill", "end") or the
clause's end; a word of anything else before that ("raise", "tell", "stay") is another topic.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._sentences import family

_TAIL = 6  # words after an open question that may name what it is about


def asked_level(ctx: MessageContext) -> RiskLevel:
    """The highest level of the message's ask phrases that ask about suicide or a plan."""
    hits = ctx.of_kind("ask")
    if not hits:
        return RiskLevel.NONE
    cues = ctx.cues.cues
    return max((cues[h.payload].level for h in hits if _about_the_act(ctx, h)), default=RiskLevel.NONE)


def names_the_act(ctx: MessageContext) -> bool:
    """Some ask phrase of the message names suicide or self-harm itself (an ``ideation``
    ask: "are you planning to end your life?"), so a yes to its plan question needs no
    distress shown before (see ``_turns``); "do you have them with you?" names nothing,
    nor does a check-in pointing back ("thoughts like that yourself?", class
    ``back_ask_cue``): what it asks is told by the turns before it."""
    cues, back = ctx.cues.cues, ctx.cues.words("back_ask_cue")
    return any(
        cues[h.payload].level == RiskLevel.IDEATION and family(cues[h.payload].id) not in back
        for h in ctx.of_kind("ask")
    )


def _about_the_act(ctx: MessageContext, hit: Hit) -> bool:
    words = ctx.cues.words
    if family(ctx.cues.cues[hit.payload].id) not in words("open_ask_cue"):
        return True
    keys, clauses = ctx.keys, ctx.clauses
    link, act = words("ask_tail_link"), words("ask_tail_act")
    for i in range(hit.last + 1, min(len(keys), hit.last + 1 + _TAIL)):
        if clauses[i] != clauses[hit.last] or keys[i] in act:
            return True
        if keys[i] not in link:
            return False
    return True
