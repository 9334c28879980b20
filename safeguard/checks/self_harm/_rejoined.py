"""Being with a dead loved one: "my wife died in may. i just want to be with her",
"since dad's funeral i keep thinking i should go to him", "after the inquest i'm going to
join him".

Alone these are everyday ("i want to be with her tonight", "i'm going to join him at the
pub"). Beside a death told in the same message (cue kind ``death``: "died", "passed away",
"the funeral", "his grave") a pronoun joined with nothing after it in its clause but a
word of time or longing ("again", "forever", "soon", "next week") is the writer's wish to
be dead, or their decision to die: a cue of kind ``rejoin`` at its own level (a wish
passive, a decision intent). An object after it ("be with her at the end", "join him for
lunch", "go to her grave") keeps it a place or a visit; a negation before it denies it;
another person nearest before it makes it theirs ("my wife said she wants to be with him").
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._subject import nearest_person

_KIND = "rejoin"
_DEATH = "death"
_AFTER = "rejoin_after"  # again, forever, soon, tonight ...: the clause may go on with these


def rejoined(ctx: MessageContext) -> list[Signal]:
    """The writer's wish or decision to be with a dead loved one, at its cue's level."""
    hits = ctx.of_kind(_KIND)
    if not hits or not ctx.anywhere(_DEATH):
        return []  # nearly every message: no joining phrase, or no death told beside it
    found = []
    for hit in hits:
        if negated(ctx, hit) or not _ends_clause(ctx, hit) or nearest_person(ctx, hit) == "other":
            continue
        cue = ctx.cues.cues[hit.payload]
        found.append(ctx.own_signal(hit, cue).lifted(cue.level))
    return found


def _ends_clause(ctx: MessageContext, hit: Hit) -> bool:
    """Nothing follows the joined person in its clause but a word of time or longing."""
    return ctx.ends_clause(hit) or ctx.keys[hit.last + 1] in ctx.cues.words(_AFTER)
