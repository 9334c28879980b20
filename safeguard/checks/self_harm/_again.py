"""A return to a past act: "i used to cut and i did it again", "i attempted at 17 ... i'm
going to try again this weekend", "i survived an attempt in 2015. now i have a plan".

The history rules read a dated or survived attempt or self-harm as the past, which lowers
the conversation; a repeat word after it says the past is back. Per message, this module
reads the writer's own repeat phrases (cue kind ``repeat``: an act done again, a future
attempt again, a plan); per conversation, it raises such a phrase against an earlier (or
same-turn) past act of the writer's own:

- done again (cue level ``passive``): the act's present level, at most intent;
- a future repeat or a plan (cue level ``intent``): intent after a past attempt, the
  act's own level after past self-harm.

Never a phrase with a negation before it ("i won't do it again"), one whose sentence names
what is repeated as something else ("relapsed on smoking", "try again at the exam", "a
plan for my career"), or one said of another person ("she's trying again").
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._reading import PAST, ReadTurn, Signal
from safeguard.checks.self_harm._spans import reach

_NEGATED = 3  # tokens before a repeat phrase a negation denies it from
_OBJECT = 6  # tokens after a repeat phrase its object may be named in


def repeats(ctx: MessageContext) -> tuple[Signal, ...]:
    """The message's own repeat phrases, at level none (raised by :func:`relapse`)."""
    hits = ctx.of_kind("repeat")
    if not hits:
        return ()  # most messages: no repeat word
    inside = reach(ctx.of_kind("recovery"), len(ctx.keys))
    found = [h for h in hits if _own_repeat(ctx, h, inside)]
    return tuple(ctx.own_signal(h) for h in found)


def _own_repeat(ctx: MessageContext, hit: Hit, recovery: list[int]) -> bool:
    keys, words = ctx.keys, ctx.cues.words
    if any(k in words("negation") for k in keys[max(0, hit.first - _NEGATED) : hit.last + 1]):
        return False
    if recovery[hit.last] >= hit.first:
        return False  # "i'm doing well again"
    if hit.first > 0 and keys[hit.first - 1] in words("other_subj"):
        return False  # "she's trying again" is not matched; "my friend did it again" is not hers
    after = keys[hit.last + 1 : hit.last + 1 + _OBJECT]
    if ctx.cues.cues[hit.payload].id.endswith(".plan") and after[:1] and after[0] in words("plan_lead"):
        return False
    objects = words("repeat_object") | words("trivial_cause") | words("happy_event")
    return objects.isdisjoint(keys[max(0, hit.first - _OBJECT) : hit.last + 1 + _OBJECT])


def relapse(turns: Sequence[ReadTurn]) -> None:
    """Raise each turn's repeat phrases against the writer's past acts up to that turn."""
    if not any(turn.reading.repeats for turn in turns):
        return  # most conversations: no repeat phrase to raise
    past = RiskLevel.NONE
    for turn in turns:
        past = max(past, _past_act(turn.signals))
        if past >= RiskLevel.PASSIVE and turn.reading.repeats:
            turn.signals = [*turn.signals, *(_raised(s, past) for s in turn.reading.repeats)]


def _past_act(signals: Sequence[Signal]) -> RiskLevel:
    """The highest cue level of the writer's own past acts (history-capped risk phrases)."""
    return max(
        (s.cue.level for s in signals if s.frame == PAST and s.subject == "self" and not s.negated),
        default=RiskLevel.NONE,
    )


def _raised(sig: Signal, past: RiskLevel) -> Signal:
    if sig.cue.level >= RiskLevel.INTENT and past >= RiskLevel.INTENT:
        return sig.lifted(RiskLevel.INTENT)  # a future attempt again, or a plan
    return sig.lifted(max(RiskLevel.PASSIVE, min(past, RiskLevel.INTENT)))
