"""A question about other people's thoughts of suicide, then the writer's own thought of
it: "do people who keep thinking about killing themselves end up doing it? i think about it
hourly", "is it normal for ppl to think about suicide every day? cause i think about it
constantly".

The question is read as someone else's (its subject is "people"), and "i think about it"
alone names nothing ("my ex cheated, i think about it a lot"). Said after the question in
the same message, "it" is what the question named: the writer's own thoughts of the act,
active ideation (C-SSRS item 2). Only where the question's subject is people in general
(class ``people_any``: "people", "ppl", "anyone"), not a named person: "my brother keeps
thinking about killing himself. i think about it all the time" is a worry about him. Not
where the writer has already said a wish of their own ("it" is that wish), nor for a
thought negated, told of another ("he thinks about it a lot") or before the question.
Phrases: cue kind ``dwell`` (see ``_disowned``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_DWELL = "dwell"
_OPEN = "_open"


def asked_then_own(ctx: MessageContext, signals: Sequence[Signal]) -> list[Signal]:
    """The writer's thought of the act after a question about people's, at ideation."""
    if not ctx.anywhere(_DWELL) or "?" not in ctx.text:
        return []  # nearly every message: no "i think about it", or no question
    if any(s.subject == "self" and not s.negated and s.level >= RiskLevel.PASSIVE for s in signals):
        return []  # "it" is the wish already said
    asked = [s for s in signals if _others_thought(s)]
    if not asked:
        return []
    people = ctx.cues.words("people_any")
    others = ctx.cues.words("other_subj") | people
    for hit in ctx.of_kind(_DWELL):
        start, _ = ctx.span(hit)
        if ctx.cues.cues[hit.payload].id.endswith(_OPEN) or negated(ctx, hit):
            continue
        if hit.first > 0 and ctx.keys[hit.first - 1] in others:
            continue  # "he thinks about it a lot"
        question = [s for s in asked if s.end <= start and "?" in ctx.text[s.end : start]]
        if question and _about_people(ctx, hit, people, others):
            cue = ctx.cues.cues[hit.payload]
            sig = ctx.own_signal(hit, dataclasses.replace(cue, kind="risk"))
            return [sig._replace(level=max(cue.level, RiskLevel.IDEATION))]
    return []


def _others_thought(sig: Signal) -> bool:
    """Another's (or a topic's) thoughts of the act, not negated, not a story."""
    return (
        sig.subject in ("other", "topic")
        and not sig.negated
        and sig.frame != "fiction"
        and sig.kind == "risk"
        and sig.level >= RiskLevel.IDEATION
    )


def _about_people(ctx: MessageContext, hit: Hit, people: frozenset[str], others: frozenset[str]) -> bool:
    """The first person word of the message before the thought names people in general:
    "do ppl who ... themselves?" but not "my sister ... do people like her ...?"."""
    for key in ctx.keys[: hit.first]:
        if key in people:
            return True
        if key in others:
            return False
    return False
