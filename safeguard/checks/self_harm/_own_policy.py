"""Whether the writer's own life insurance pays out on a suicide: "does life insurance pay
out if it's suicide? the policy is just over 3 years old", "been reading my policy,
checking the suicide clause", "does it pay out if somebody dies by their own hand? i want
my wife covered".

The clause itself (cue kind ``policy_suicide``) is asked about by advisers, students,
journalists and people claiming for a dead relative: alone it is no one's risk, and it
reads as a topic. Beside the writer's own policy or the people it is for, in the same
message (kind ``own_policy``: "my policy", "mine started in 2021", "i've had the policy 3
years", "we're past that", "so my wife gets something"), the writer is checking the terms
of their own death: a plan, which the scale calls ``intent`` (FORMAT.md). A frame (an
exam, a story, a friend) keeps it the topic unless the message drops the frame. A
negation on the clause is the insurer's refusal ("won't pay out if it's suicide"), not a
denial by the writer, so it is read all the same.

Without the writer's own policy the clause is still asked as a question about a death:
it is kept as a topic signal with no level of its own, marked method-seeking, so that the
conversation rules read it as the writer's after their own distress in the conversation
("can't pay the mortgage, can't tell my wife" ... "does life insurance pay out if it's
suicide?": method-seeking after distress, FORMAT.md intent; see ``_escalate._lift``). The
adviser's or the student's question alone stays at no risk.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_KIND = "policy_suicide"
_OWN = "own_policy"


def own_policy(ctx: MessageContext) -> list[Signal]:
    """The writer's check of their own policy's suicide terms, at its cue's level."""
    hits = ctx.of_kind(_KIND)
    if not hits:
        return []  # nearly every message: no suicide clause or payout named
    nots = ctx.cues.words("own_policy_not")
    if ctx.anywhere("fiction") and not ctx.anywhere("unmask"):
        return []  # "for my insurance exam", "my novel's narrator": the frame's, not theirs
    cue = ctx.cues.cues[hits[0].payload]
    if not any(not negated(ctx, h) and not _course(ctx, h, nots) for h in ctx.of_kind(_OWN)):
        # The clause alone: an adviser's, a student's, a claim for someone else; a topic
        # the writer's own distress elsewhere in the conversation makes theirs.
        return [ctx.own_signal(hits[0], cue).lifted(RiskLevel.NONE, subject="topic", method_seeking=True)]
    # A negation on the clause is the insurer's, not the writer's ("is it true it doesn't
    # pay out if it's suicide in the first 2 years? my policy started in 2021"): kept.
    return [ctx.own_signal(hits[0], cue).lifted(cue.level)]


def _course(ctx: MessageContext, hit: Hit, nots: frozenset[str]) -> bool:
    """The policy named is a course, a job or a firm ("my insurance law exam", "my policy
    team"): the word straight after the hit says so."""
    after = hit.last + 1
    return after < len(ctx.keys) and ctx.keys[after] in nots
