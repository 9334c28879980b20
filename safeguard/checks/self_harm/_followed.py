"""Another person's suicide turned into the writer's own option: "after my uncle took his
life all i could think was that i could too", "my brother took his life and i keep
thinking i might follow him", "since my son died by suicide i think about following him",
"a man in my block hanged himself. i have the same thoughts now".

The loss phrase makes the message read as someone else's act (subject other, often dated
and so the past), and "i could too", "follow him" or "doing the same" name no act of
their own. Beside a suicide told of another person in the same message (cue kind
``loss``, before it) such a phrase (cue kind ``follow``) is the writer's own thought of
the act: their ideation, present whatever the loss's date. Alone it is everyday ("my
friend quit her job and i think about doing the same"); so is "doing the same" with an
object ("... doing the same degree he did"); a negation before it denies it.
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_KIND = "follow"
_LOSS = "loss"
_SAME = "same"  # a phrase ending in "same" only counts where its clause ends there


def followed(ctx: MessageContext) -> list[Signal]:
    """The writer's own thoughts of following another's suicide, at their cue's level."""
    hits = ctx.of_kind(_KIND)
    if not hits:
        return []  # nearly every message: no following phrase
    losses = ctx.of_kind(_LOSS)
    if not losses:
        return []  # following without a suicide told: a job, a diet, a route
    first_loss = min(h.first for h in losses)
    found = []
    for hit in hits:
        if hit.first <= first_loss or negated(ctx, hit):
            continue
        if ctx.keys[hit.last] == _SAME and not ctx.ends_clause(hit):
            continue  # "doing the same degree": the same thing, not the act
        cue = ctx.cues.cues[hit.payload]
        found.append(ctx.own_signal(hit, cue).lifted(cue.level))
    return found
