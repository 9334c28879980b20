"""What an answer to a question about suicide says after its "yes": a plan, preparation,
means or a time anywhere in the answer ("yes. i've planned it", "yeah. i've got the pills",
"yes. i'm just waiting until it's late enough"; not "got the stuff", which is as often an
exam's).

``affirm_level`` (see ``_message_facts``) reads only an answer's first words; the words of
a plan often come a sentence later. The level found here is raised only when the answer
opens with a "yes" and the question named suicide or self-harm (see ``_turns``), so
"yes i've thought about it but i'd never, i've planned a trip" stays what the yes says.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._negation import negated

_KIND = "answer_plan"


def answer_plan_level(ctx: _Context) -> RiskLevel:
    """The highest level of the answer's plan words that no negation reaches; a plan with
    means at hand and a time of now ("yes. i've got the pills here. tonight.") is imminent."""
    hits = ctx.of_kind(_KIND)
    if not hits:
        return RiskLevel.NONE
    table = ctx.cues.cues
    # Each hit asks negated() once: work stays linear in the number of hits.
    levels = [table[h.payload].level for h in hits if not negated(ctx, h)]
    level = max(levels, default=RiskLevel.NONE)
    if level >= RiskLevel.INTENT and ctx.anywhere("means") and ctx.anywhere("now"):
        return RiskLevel.IMMINENT
    return level
